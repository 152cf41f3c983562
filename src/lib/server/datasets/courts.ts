/**
 * Courts (/courts): convicted and acquitted persons per year (published national figures,
 * every source beside the others), the acquittal rate; and the article-level court outcomes for articles 120–124 with
 * sentence bands (table court_outcome).
 */
import * as aq from 'arquero';
import type { Dataset, Row } from '../../dataset';
import type { Translator } from '../../i18n';
import { acquittalRatePct } from '../../domain/indicators';
import { publishedFigures, type PublishedFigure } from '../queries/published-figures';
import { courtOutcomes, SENTENCE_BANDS, type CourtOutcome } from '../queries/court-outcomes';
import { toQueryString, type ViewQuery } from '../params';
import { col } from './columns';
import { countsOverTime, panel, ranking, yearSpan } from './panel';
import {
	isNational,
	seriesOf,
	sourceName,
	sourcesDisagree,
	unitQualifier
} from './published-sources';

/**
 * Convicted and acquitted persons per year, one row per year and source: two sources for one
 * year are two rows (and two series in the chart), never one figure chosen silently. The
 * acquittal rate is computed only from one source's own pair of figures in plain persons.
 */
export async function courtsNational(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const figs = (await publishedFigures(['convicted_persons', 'acquitted_persons'])).filter(
		(f) => f.wholeYear && isNational(f)
	);
	const what = (f: PublishedFigure) =>
		tr.t(f.indicator === 'convicted_persons' ? 'courts.convicted' : 'courts.acquitted');
	const byYearSource = new Map<string, PublishedFigure[]>();
	for (const f of figs) {
		const key = `${f.end!.slice(0, 4)}|${f.url}`;
		byYearSource.set(key, [...(byYearSource.get(key) ?? []), f]);
	}
	const rows: Row[] = [...byYearSource.values()].map((fs) => {
		const c = fs.find((f) => f.indicator === 'convicted_persons') ?? null;
		const a = fs.find((f) => f.indicator === 'acquitted_persons') ?? null;
		const plain = !!c && !!a && !unitQualifier(c) && !unitQualifier(a);
		const units = [...new Set(fs.map(unitQualifier).filter(Boolean))].join('; ');
		return {
			year: Number(fs[0].end!.slice(0, 4)),
			source: sourceName(fs[0].url, tr),
			convicted: c?.value ?? null,
			acquitted: a?.value ?? null,
			acquittalRate: plain ? acquittalRatePct(a!.value, c!.value) : null,
			unit: units || null,
			url: fs[0].url
		};
	});
	rows.sort(
		(a, b) => Number(a.year) - Number(b.year) || String(a.source).localeCompare(String(b.source))
	);
	// The chart reads the long form: one series per indicator, source and unit.
	const chartRows: Row[] = figs.map((f) => ({
		date: `${f.end!.slice(0, 4)}-07-01`,
		what: what(f),
		series: seriesOf(what(f), f, tr),
		value: f.value
	}));
	const disagree = sourcesDisagree(
		chartRows.map((r) => ({ date: String(r.date), what: String(r.what), series: String(r.series) }))
	);
	return panel(
		{
			id: 'courts-national',
			title: `${tr.t('courts.convicted')} / ${tr.t('courts.acquitted')}`,
			columns: [
				col.year(tr),
				col.text('source', tr.t('label.source')),
				col.number('convicted', tr.t('courts.convicted')),
				col.number('acquitted', tr.t('courts.acquitted')),
				{ ...col.pct('acquittalRate', tr.t('courts.acquittal_rate'), 2), blankIfNull: true },
				{ ...col.text('unit', tr.t('label.unit')), blankIfNull: true },
				col.text('url', 'URL')
			],
			rows,
			chart: countsOverTime(tr, 'what'),
			chartRows,
			notes: [disagree && tr.t('courts.sources_note')],
			empty: tr.t('empty.published'),
			source: { forms: ['published'], regions: tr.t('label.country'), period: yearSpan(rows) },
			query: ''
		},
		tr
	);
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
		empty: tr.t('empty.courts'),
		source: { forms: ['courts'], regions: tr.t('label.country'), period: courtYears(q) },
		query: toQueryString(q, ['year'])
	});
}

export async function courtsBands(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const all = await courtOutcomes(q.year ?? null);
	// Without any outcome there is no band to count: no rows (never eleven zeros).
	const rows: Row[] = (all.length ? SENTENCE_BANDS : []).map((b) => ({
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
		chart: ranking('band', 'value', tr.t('ind.count')),
		empty: tr.t('empty.courts'),
		source: { forms: ['courts'], regions: tr.t('label.country'), period: courtYears(q) },
		query: toQueryString(q, ['year'])
	});
}
