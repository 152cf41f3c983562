/**
 * Courts (/courts), the published figures: convicted and acquitted persons per year from
 * every source beside the others, the acquittal rate and the conviction index per 100,000
 * (courts-national), and every published court figure with its period as the source gives it
 * (courts-published). The sexual-offence articles of the court-outcomes CSV are in
 * ./courts-sexual.ts.
 */
import type { Dataset, Row } from '../../dataset';
import type { MessageKey, Translator } from '../../i18n';
import { acquittalRatePct } from '../../domain/indicators';
import { publishedFigures, type PublishedFigure } from '../queries/published-figures';
import { nationalMeanPopulation } from '../queries/national-population';
import type { ViewQuery } from '../params';
import { col } from './columns';
import { countsOverTime, panel, yearSpan } from './panel';
import {
	isNational,
	seriesOf,
	sourceName,
	sourcesDisagree,
	unitCell,
	unitLabel,
	unitQualifier
} from './published-sources';

/** Conviction index: convicted persons per 100,000 mean population (the definition). */
export function convictionIndex(convicted: number, meanPopulation: number | undefined) {
	return meanPopulation ? (convicted / meanPopulation) * 100_000 : null;
}

const year = (f: PublishedFigure) => Number(f.end!.slice(0, 4));

/**
 * A stated multi-year total (e.g. the paper's 4,947 acquitted in 2015–2022) against the sum of
 * the same source's yearly figures: a published inconsistency is said, never smoothed over.
 */
function totalMismatches(all: PublishedFigure[], tr: Translator): string[] {
	const out: string[] = [];
	for (const t of all) {
		if (!t.start || !t.end || t.wholeYear) continue;
		const [from, to] = [Number(t.start.slice(0, 4)), year(t)];
		if (!t.start.endsWith('-01-01') || !t.end.endsWith('-12-31') || to <= from) continue;
		const yearly = all.filter(
			(f) =>
				f.wholeYear &&
				f.indicator === t.indicator &&
				f.url === t.url &&
				f.unit === t.unit &&
				year(f) >= from &&
				year(f) <= to
		);
		if (new Set(yearly.map(year)).size !== to - from + 1 || yearly.length !== to - from + 1)
			continue;
		const sum = yearly.reduce((a, f) => a + f.value, 0);
		if (sum === t.value) continue;
		out.push(
			tr
				.t('courts.total_mismatch')
				.replace('{source}', sourceName(t.url, tr))
				.replace('{indicator}', indicatorName(t.indicator, tr))
				.replace('{period}', `${from}–${to}`)
				.replace('{stated}', tr.num(t.value))
				.replace('{sum}', tr.num(sum))
		);
	}
	return out;
}

/**
 * Convicted and acquitted persons per year, one row per year and source: two sources for one
 * year are two rows (and two series in the chart), never one figure chosen silently. The
 * acquittal rate and the conviction index are computed only from one source's own figures in
 * plain persons; part-year figures are not years and stay in courts-published.
 */
export async function courtsNational(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const national = (await publishedFigures(['convicted_persons', 'acquitted_persons'])).filter(
		isNational
	);
	const figs = national.filter((f) => f.wholeYear);
	const population = await nationalMeanPopulation();
	const what = (f: PublishedFigure) =>
		tr.t(f.indicator === 'convicted_persons' ? 'courts.convicted' : 'courts.acquitted');
	const byYearSource = new Map<string, PublishedFigure[]>();
	for (const f of figs) {
		const key = `${year(f)}|${f.url}`;
		byYearSource.set(key, [...(byYearSource.get(key) ?? []), f]);
	}
	let indexed = false;
	const rows: Row[] = [...byYearSource.values()].map((fs) => {
		const c = fs.find((f) => f.indicator === 'convicted_persons') ?? null;
		const a = fs.find((f) => f.indicator === 'acquitted_persons') ?? null;
		const plain = !!c && !!a && !unitQualifier(c) && !unitQualifier(a);
		const index = c && !unitQualifier(c) ? convictionIndex(c.value, population.get(year(c))) : null;
		if (index !== null) indexed = true;
		const qualified = [...new Set(fs.map(unitQualifier).filter((u): u is string => !!u))];
		const units = qualified.map((u) => unitLabel(u, tr));
		return {
			year: year(fs[0]),
			source: sourceName(fs[0].url, tr),
			convicted: c?.value ?? null,
			acquitted: a?.value ?? null,
			acquittalRate: plain ? acquittalRatePct(a!.value, c!.value) : null,
			convictionIndex: index,
			unit: units.map((u) => u.text).join('; ') || null,
			unitLang: units.find((u) => u.lang)?.lang ?? null,
			url: fs[0].url
		};
	});
	rows.sort(
		(a, b) => Number(a.year) - Number(b.year) || String(a.source).localeCompare(String(b.source))
	);
	// The chart reads the long form: one series per indicator, source and unit.
	const chartRows: Row[] = figs.map((f) => ({
		date: `${year(f)}-07-01`,
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
			title: tr.t('courts.national_title'),
			columns: [
				col.year(tr),
				col.text('source', tr.t('label.source')),
				col.number('convicted', tr.t('courts.convicted')),
				col.number('acquitted', tr.t('courts.acquitted')),
				{ ...col.pct('acquittalRate', tr.t('courts.acquittal_rate'), 2), blankIfNull: true },
				{ ...col.number('convictionIndex', tr.t('courts.index'), 1), blankIfNull: true },
				{ ...col.text('unit', tr.t('label.unit')), blankIfNull: true, langKey: 'unitLang' },
				col.text('url', 'URL')
			],
			rows,
			chart: countsOverTime(tr, 'what'),
			chartRows,
			notes: [
				disagree && tr.t('courts.sources_note'),
				tr.t('courts.definitions'),
				...totalMismatches(national, tr)
			],
			empty: tr.t('empty.published'),
			source: {
				forms: ['published', ...(indexed ? ['population'] : [])],
				regions: tr.t('label.country'),
				period: yearSpan(rows)
			},
			query: ''
		},
		tr
	);
}

/** The court indicators of data/published, in the order listed, and what each is called. */
const COURT_INDICATORS: readonly [string, MessageKey][] = [
	['convicted_persons', 'courts.convicted'],
	['acquitted_persons', 'courts.acquitted'],
	['acquitted_share', 'courts.ind.acquitted_share'],
	['acquitted_rehabilitated_total', 'courts.ind.acquitted_total'],
	['persons_tried_criminal_cases', 'courts.ind.tried'],
	['persons_sentenced_verdicts', 'courts.ind.verdicts'],
	['convicted_persons_sentenced_to_imprisonment', 'courts.ind.imprisoned'],
	['amnesty_applied_persons', 'courts.ind.amnesty']
];

function indicatorName(indicator: string, tr: Translator): string {
	const k = COURT_INDICATORS.find(([i]) => i === indicator);
	return k ? tr.t(k[1]) : indicator;
}

const lastDayOfMonth = (iso: string) => {
	const [y, m] = iso.split('-').map(Number);
	return new Date(Date.UTC(y, m, 0)).getUTCDate() === Number(iso.slice(8, 10));
};

/**
 * The period of a figure as its source gives it: «2014», «янв.–июнь 2014», «2015–2022», two
 * dates, or «not stated» — a half year is never written as a year.
 */
export function periodOf(f: PublishedFigure, tr: Translator): string {
	if (!f.start || !f.end) return tr.t('courts.period_unknown');
	const [sy, ey] = [f.start.slice(0, 4), f.end.slice(0, 4)];
	if (f.wholeYear) return sy;
	if (f.start.endsWith('-01-01') && f.end.endsWith('-12-31')) return `${sy}–${ey}`;
	if (f.start.endsWith('-01-01') && sy === ey && lastDayOfMonth(f.end))
		return tr.period(f.end.slice(0, 7));
	if (f.start === f.end) return tr.date(f.start);
	return `${tr.date(f.start)} – ${tr.date(f.end)}`;
}

/** Every published court figure, national or regional, whole year or not, with its source. */
export async function courtsPublished(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const order = COURT_INDICATORS.map(([i]) => i);
	const figs = await publishedFigures(order);
	const rows: Row[] = figs
		.map((f) => ({
			f,
			row: {
				measure: indicatorName(f.indicator, tr),
				region: f.region ? tr.region(f.region) : f.regionLabel,
				period: periodOf(f, tr),
				value: f.value,
				...unitCell(f.unit, tr),
				source: sourceName(f.url, tr),
				url: f.url,
				id: f.id
			} satisfies Row
		}))
		.sort(
			(a, b) =>
				order.indexOf(a.f.indicator) - order.indexOf(b.f.indicator) ||
				String(a.f.end ?? '9999').localeCompare(String(b.f.end ?? '9999')) ||
				String(a.f.start ?? '').localeCompare(String(b.f.start ?? '')) ||
				a.f.id.localeCompare(b.f.id)
		)
		.map((x) => x.row);
	const years = figs.filter((f) => f.end).map((f) => ({ year: year(f) }));
	return panel({
		id: 'courts-published',
		title: tr.t('courts.published_title'),
		columns: [
			col.text('measure', tr.t('label.measure')),
			col.region(tr),
			col.period(tr),
			col.number('value', tr.t('label.value'), 1),
			{ ...col.text('unit', tr.t('label.unit')), langKey: 'unitLang' },
			col.text('source', tr.t('label.source')),
			col.text('url', 'URL'),
			col.text('id', 'ID')
		],
		rows,
		notes: [tr.t('courts.published_note')],
		empty: tr.t('empty.published'),
		source: { forms: ['published'], regions: tr.t('label.country'), period: yearSpan(years) },
		query: ''
	});
}
