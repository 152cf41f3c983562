/**
 * Courts (/courts): convicted and acquitted persons per year (published national figures),
 * the acquittal rate; and the article-level court outcomes for articles 120–124 with
 * sentence bands (table court_outcome).
 */
import * as aq from 'arquero';
import type { Dataset, Row } from '../../dataset';
import type { Translator } from '../../i18n';
import { acquittalRatePct } from '../../domain/indicators';
import { nationalYearly, publishedFigures } from '../queries/published-figures';
import { courtOutcomes, SENTENCE_BANDS, type CourtOutcome } from '../queries/court-outcomes';
import { toQueryString, type ViewQuery } from '../params';
import { col } from './columns';
import { countsOverTime, panel, ranking } from './panel';

export async function courtsNational(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const figs = await publishedFigures(['convicted_persons', 'acquitted_persons']);
	const conv = nationalYearly(figs, 'convicted_persons');
	const acq = nationalYearly(figs, 'acquitted_persons');
	const years = [...new Set([...conv, ...acq].map((f) => Number(f.end!.slice(0, 4))))].sort();
	const rows: Row[] = years.map((y) => {
		const c = conv.find((f) => f.end!.startsWith(String(y)))?.value ?? null;
		const a = acq.find((f) => f.end!.startsWith(String(y)))?.value ?? null;
		return {
			year: y,
			date: `${y}-07-01`,
			convicted: c,
			acquitted: a,
			acquittalRate: acquittalRatePct(a, c)
		};
	});
	return panel({
		id: 'courts-national',
		title: `${tr.t('courts.convicted')} / ${tr.t('courts.acquitted')}`,
		columns: [
			col.year(tr),
			col.number('convicted', tr.t('courts.convicted')),
			col.number('acquitted', tr.t('courts.acquitted')),
			col.pct('acquittalRate', tr.t('courts.acquittal_rate'), 2)
		],
		rows,
		// The chart reads the long form; the table and exports keep one row per year.
		chart: countsOverTime(tr),
		chartRows: rows.flatMap((r) => [
			{ date: r.date, series: tr.t('courts.convicted'), value: r.convicted },
			{ date: r.date, series: tr.t('courts.acquitted'), value: r.acquitted }
		]),
		source: {
			forms: ['published'],
			regions: tr.t('label.country'),
			period: years.length ? `${years[0]}–${years[years.length - 1]}` : null
		},
		query: ''
	});
}

/** The court_outcome CSV is long (one measure per row): the years covered, in words. */
function courtYears(q: ViewQuery): string {
	return q.year ? String(q.year) : '2016–2023';
}

/**
 * One row per year × article × offence with its measures side by side: the long
 * court_outcome rows pivoted on `measure` (a measure the source lacks stays null).
 */
function outcomesByArticle(all: CourtOutcome[]): Row[] {
	const wide = aq
		.from(all, ['year', 'article', 'offence', 'measure', 'value'])
		.groupby('year', 'article', 'offence')
		.pivot('measure', 'value')
		.objects() as Record<string, string | number | undefined>[];
	return wide.map((r) => {
		const convicted = (r.amnt_osuzhden as number | undefined) ?? null;
		const acquitted = (r.amnt_opravdonyh as number | undefined) ?? null;
		const row: Row = {
			year: r.year as number,
			article: r.article as string,
			offence: r.offence as string,
			convicted,
			acquitted,
			acquittalRate: acquittalRatePct(acquitted, convicted)
		};
		for (const b of SENTENCE_BANDS) row[b] = (r[b] as number | undefined) ?? null;
		return row;
	});
}

export async function courtsArticles(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const rows = outcomesByArticle(await courtOutcomes(q.year ?? null));
	return panel({
		id: 'courts-articles',
		title: `${tr.t('courts.articles')}${q.year ? ` — ${q.year}` : ''}`,
		columns: [
			col.year(tr),
			col.text('article', tr.t('label.article')),
			col.text('offence', tr.t('label.offence')),
			col.number('convicted', tr.t('courts.convicted')),
			col.number('acquitted', tr.t('courts.acquitted')),
			col.pct('acquittalRate', tr.t('courts.acquittal_rate'), 2),
			...SENTENCE_BANDS.map((b) => col.number(b, b))
		],
		rows,
		source: { forms: ['courts'], regions: tr.t('label.country'), period: courtYears(q) },
		query: toQueryString(q, ['year'])
	});
}

export async function courtsBands(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const all = await courtOutcomes(q.year ?? null);
	const rows: Row[] = SENTENCE_BANDS.map((b) => ({
		band: b,
		// Rows such as «120+121» are the source's own totals: leave them out of the sum.
		value: all
			.filter((o) => o.measure === b && !o.article.includes('+'))
			.reduce((a, o) => a + (o.value ?? 0), 0)
	}));
	return panel({
		id: 'courts-bands',
		title: `${tr.t('courts.bands')}: ${tr.t('courts.articles')}${q.year ? ` — ${q.year}` : ''}`,
		columns: [col.text('band', tr.t('courts.bands')), col.count(tr)],
		rows,
		// Eleven bands are listed even without outcomes; there is then nothing to draw.
		chart: all.length ? ranking('band', 'value', tr.t('ind.count')) : undefined,
		source: { forms: ['courts'], regions: tr.t('label.country'), period: courtYears(q) },
		query: toQueryString(q, ['year'])
	});
}
