/**
 * Courts (/courts): convicted and acquitted persons per year (published national figures),
 * the acquittal rate; and the article-level court outcomes for articles 120–124 with
 * sentence bands (table court_outcome).
 */
import type { Dataset, Row } from '../../dataset';
import type { Translator } from '../../i18n';
import { acquittalRatePct } from '../../domain/indicators';
import { nationalYearly, publishedFigures } from '../queries/published-figures';
import { courtOutcomes, SENTENCE_BANDS } from '../queries/court-outcomes';
import { sourceInfo } from '../queries/source-info';
import { toQueryString, type ViewQuery } from '../params';

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
	const long: Row[] = rows.flatMap((r) => [
		{ date: r.date, series: tr.t('courts.convicted'), value: r.convicted },
		{ date: r.date, series: tr.t('courts.acquitted'), value: r.acquitted }
	]);
	return {
		id: 'courts-national',
		title: `${tr.t('courts.convicted')} / ${tr.t('courts.acquitted')}`,
		columns: [
			{ key: 'year', label: tr.t('label.year'), kind: 'text' },
			{ key: 'convicted', label: tr.t('courts.convicted'), kind: 'number' },
			{ key: 'acquitted', label: tr.t('courts.acquitted'), kind: 'number' },
			{ key: 'acquittalRate', label: tr.t('courts.acquittal_rate'), kind: 'pct', digits: 2 }
		],
		rows,
		// The chart reads the long form; the table and exports keep one row per year.
		chart: long.length
			? {
					kind: 'timeSeries',
					x: 'date',
					y: 'value',
					series: 'series',
					yLabel: tr.t('ind.count'),
					events: true
				}
			: undefined,
		source: await sourceInfo({
			forms: ['published'],
			regions: tr.t('label.country'),
			period: years.length ? `${years[0]}–${years[years.length - 1]}` : ''
		}),
		query: '',
		chartRows: long
	};
}

export async function courtsArticles(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const all = await courtOutcomes(q.year ?? null);
	const key = (o: { article: string; offence: string; year: number }) =>
		`${o.year}|${o.article}|${o.offence}`;
	const grouped = new Map<string, Row>();
	for (const o of all) {
		let r = grouped.get(key(o));
		if (!r) {
			r = {
				year: o.year,
				article: o.article,
				offence: o.offence,
				convicted: null,
				acquitted: null
			};
			grouped.set(key(o), r);
		}
		if (o.measure === 'amnt_osuzhden') r.convicted = o.value;
		if (o.measure === 'amnt_opravdonyh') r.acquitted = o.value;
		if (SENTENCE_BANDS.includes(o.measure)) r[o.measure] = o.value;
	}
	const rows: Row[] = [...grouped.values()].map((r) => ({
		...r,
		acquittalRate: acquittalRatePct(r.acquitted as number | null, r.convicted as number | null)
	}));
	return {
		id: 'courts-articles',
		title: `${tr.t('courts.articles')}${q.year ? ` — ${q.year}` : ''}`,
		columns: [
			{ key: 'year', label: tr.t('label.year'), kind: 'text' },
			{ key: 'article', label: tr.t('label.article'), kind: 'text' },
			{ key: 'offence', label: tr.t('label.offence'), kind: 'text' },
			{ key: 'convicted', label: tr.t('courts.convicted'), kind: 'number' },
			{ key: 'acquitted', label: tr.t('courts.acquitted'), kind: 'number' },
			{ key: 'acquittalRate', label: tr.t('courts.acquittal_rate'), kind: 'pct', digits: 2 },
			...SENTENCE_BANDS.map((b) => ({ key: b, label: b, kind: 'number' as const }))
		],
		rows,
		source: await sourceInfo({
			forms: ['courts'],
			regions: tr.t('label.country'),
			period: q.year ? String(q.year) : '2016–2023'
		}),
		query: toQueryString(q, ['year'])
	};
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
	return {
		id: 'courts-bands',
		title: `${tr.t('courts.bands')}: ${tr.t('courts.articles')}${q.year ? ` — ${q.year}` : ''}`,
		columns: [
			{ key: 'band', label: tr.t('courts.bands'), kind: 'text' },
			{ key: 'value', label: tr.t('ind.count'), kind: 'number' }
		],
		rows,
		chart: all.length
			? { kind: 'barRanking', label: 'band', value: 'value', xLabel: tr.t('ind.count') }
			: undefined,
		source: await sourceInfo({
			forms: ['courts'],
			regions: tr.t('label.country'),
			period: q.year ? String(q.year) : '2016–2023'
		}),
		query: toQueryString(q, ['year'])
	};
}
