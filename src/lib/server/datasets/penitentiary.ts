/**
 * Penitentiary and recidivism (/penitentiary): offences by persons serving a sentence
 * (Form 1-M R5) by type of institution, prison population figures (published, by category
 * and source, with the rate per 100,000 residents), and the previously-offending share of
 * finished offences (R2) by region. R5 by article, by year and per 1,000 prisoners are in
 * ./penitentiary-r5.ts; probation in ./probation.ts; the cited context cards in
 * ./penitentiary-context.ts.
 */
import * as aq from 'arquero';
import type { Dataset, Row } from '../../dataset';
import type { MessageKey, Translator } from '../../i18n';
import { sectionTotals, type SectionCell } from '../queries/offender-categories';
import { leafLabel } from '../queries/offences-by-article';
import { publishedFigures, type PublishedFigure } from '../queries/published-figures';
import { populationIndex } from '../queries/population';
import { toQueryString, type ViewQuery } from '../params';
import { periodContext, regionIndicators } from './context';
import { col } from './columns';
import { countsOverTime, forPeriod, panel, ranking, yearSpan } from './panel';
import {
	isNational,
	quoteCell,
	seriesOf,
	sourceName,
	sourcesDisagree,
	unitCell
} from './published-sources';
import { nationalCoverage, nationalFindings } from './coverage';

/**
 * R5 by type of institution (графы 3–12): the regions' cells summed per графа, named by the
 * glossary (`pen.inst.<графа>`, by графа number, not label text); Russian keeps the form's label.
 */
function byInstitution(cells: SectionCell[], tr: Translator): Row[] {
	return (
		aq
			.from(cells, ['grafa', 'label', 'value'])
			.groupby('grafa')
			.rollup({ label: aq.op.any('label'), value: aq.op.sum('value') })
			.objects() as { grafa: string; label: string; value: number }[]
	)
		.map((r) => ({
			grafa: r.grafa,
			institution: institutionName(r.grafa, r.label, tr),
			value: r.value
		}))
		.sort((a, b) => Number(a.grafa) - Number(b.grafa));
}

/** A type of institution in the page's language: the form's own label in Russian. */
/**
 * Where an R5 panel of one period comes from: Form 1-M of the region or of the country, and for
 * the country the regions its sum holds and the findings in R5 (shared by the R5 panels).
 */
export async function r5Provenance(q: ViewQuery, period: string | null, tr: Translator) {
	const where = q.region ? tr.region(q.region) : tr.t('label.country');
	return {
		source: { forms: ['1-M'], regions: where, period },
		query: toQueryString(q, ['period', 'region']),
		...(q.region
			? {}
			: {
					coverage: await nationalCoverage([period], tr),
					findings: await nationalFindings([period], ['R5'])
				})
	};
}

export function institutionName(grafa: string, label: string, tr: Translator): string {
	if (tr.lang === 'ru' || !/^(3|4|5|6|7|8|9|10|11|12)$/.test(grafa)) return leafLabel(label);
	return tr.t(`pen.inst.${grafa}` as MessageKey);
}

export async function penitentiaryR5(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	let rows: Row[] = [];
	if (ctx.period) {
		const cells = (await sectionTotals({ period: ctx.period })).filter(
			(c) =>
				c.section === 'R5' &&
				c.grafa !== '2' &&
				(q.region ? c.region === q.region : c.region !== 'KZ')
		);
		rows = byInstitution(cells, tr);
	}
	const where = q.region ? tr.region(q.region) : tr.t('label.country');
	return panel({
		id: 'penitentiary-r5',
		title: `${tr.t('pen.r5')} — ${where}${ctx.period ? `, ${tr.period(ctx.period)}` : ''}`,
		columns: [
			col.text('grafa', tr.t('label.grafa')),
			col.text('institution', tr.t('label.institution')),
			col.count(tr)
		],
		rows,
		chart: ranking('institution', 'value', tr.t('ind.count')),
		notes: [!q.region && tr.t('label.partial'), tr.lang !== 'ru' && tr.t('pen.inst_glossary')],
		...(await r5Provenance(q, ctx.period, tr))
	});
}

/** What a prison figure counts: all held, convicts, convicts in colonies, pre-trial detainees. */
const PRISON_CATEGORIES = [
	'prison_population',
	'prisoners_convicted',
	'prisoners_convicted_in_colonies',
	'pretrial_detainees'
] as const;

/**
 * Prison population as published, by category and source: those held on remand are not
 * convicts, and one source's count is not joined to another's (a line per category and source).
 */
export async function penitentiaryPrison(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const [all, pop] = await Promise.all([
		publishedFigures([...PRISON_CATEGORIES]),
		populationIndex()
	]);
	const figs = all.filter(isNational);
	const category = (f: PublishedFigure) =>
		tr.t(`pen.cat.${f.indicator as (typeof PRISON_CATEGORIES)[number]}`);
	// Prison population rate (domain.md): prisoners ÷ mean population of the figure's year ×
	// 100,000; an undated figure, or a year without the Bureau's population, has none.
	const rate = (f: PublishedFigure): number | null => {
		const date = f.end ?? f.start;
		const people = date ? pop('KZ', Number(date.slice(0, 4))) : null;
		return people ? (f.value / people) * 100_000 : null;
	};
	const rows: Row[] = figs
		.map((f) => ({
			date: f.end ?? f.start,
			category: category(f),
			series: seriesOf(category(f), f, tr),
			value: f.value,
			rate: rate(f),
			...unitCell(f.unit, tr),
			source: sourceName(f.url, tr),
			...quoteCell(f.quote),
			url: f.url
		}))
		.sort(
			(a, b) =>
				a.category.localeCompare(b.category) ||
				a.source.localeCompare(b.source) ||
				String(a.date ?? '').localeCompare(String(b.date ?? ''))
		);
	const dated = rows.filter((r) => r.date).map((r) => Number(String(r.date).slice(0, 4)));
	return panel(
		{
			id: 'penitentiary-prison',
			title: tr.t('pen.prison'),
			columns: [
				{ ...col.period(tr, 'date'), blankIfNull: true },
				col.text('category', tr.t('label.category')),
				col.count(tr),
				{ ...col.number('rate', tr.t('pen.col.rate100k'), 1), blankIfNull: true },
				{ ...col.text('unit', tr.t('label.unit')), langKey: 'unitLang' },
				col.text('source', tr.t('label.source')),
				{ ...col.text('quote', tr.t('label.note')), langKey: 'quoteLang' },
				col.text('url', 'URL')
			],
			rows,
			chart: countsOverTime(tr, 'category'),
			notes: [
				sourcesDisagree(
					rows
						.filter((r) => r.date)
						.map((r) => ({
							date: String(r.date),
							what: String(r.category),
							series: String(r.series)
						}))
				) && tr.t('courts.sources_note'),
				rows.some((r) => r.rate !== null) && tr.t('pen.prison_rate')
			],
			empty: tr.t('empty.published'),
			source: {
				forms: ['published', ...(rows.some((r) => r.rate !== null) ? ['population'] : [])],
				regions: tr.t('label.country'),
				period: dated.length ? yearSpan(dated.map((year) => ({ year }))) : null
			},
			query: ''
		},
		tr
	);
}

export async function penitentiaryRecidivism(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	let rows: Row[] = [];
	if (ctx.period) {
		const { regions, country } = await regionIndicators(ctx.period, 'all');
		rows = [...regions, country].map((r) => ({
			code: r.code,
			region: tr.region(r.code),
			recidivism: r.recidivism,
			juveniles: r.juveniles,
			isCountry: r.code === 'KZ'
		}));
	}
	return panel({
		id: 'penitentiary-recidivism',
		title: forPeriod(tr.t('pen.recidivism'), ctx.period, tr),
		columns: [
			col.region(tr),
			col.pct('recidivism', tr.t('ind.recidivism')),
			col.pct('juveniles', tr.t('ind.juveniles'))
		],
		rows,
		chart: ranking('region', 'recidivism', tr.t('ind.recidivism'), 'isCountry'),
		source: { forms: ['1-M'], regions: tr.t('filter.all'), period: ctx.period },
		query: toQueryString(q, ['period']),
		coverage: await nationalCoverage([ctx.period], tr)
	});
}
