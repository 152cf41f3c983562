/**
 * Offenders and victims (/people): who is harmed and who offends, from Form 1-M row 1 of
 * R3-1 and R3 (victims), R6–R10 (offenders), R1 графы 26–28 (place) and R11 (deaths),
 * for a region against the country. Each category is a count as published, its share of
 * the panel's total and a rate per 10,000 of the mean resident population of the year
 * (Bureau of National Statistics, v_population: women per 10,000 women, men per 10,000 men).
 * The country is the republic's own workbook where held, else the sum of the regions that
 * have one — with its population summed over the same regions, and its coverage said.
 */
import type { Column, Dataset, Row } from '../../dataset';
import type { MessageKey, Translator } from '../../i18n';
import { ratePer10k, sharePct } from '../../domain/indicators';
import { parsePeriod } from '../../domain/periods';
import { meanPopulationBySex, peopleCells, type PeopleCell, type Sex } from '../queries/people';
import { toQueryString, type ViewQuery } from '../params';
import { periodContext } from './context';
import { col } from './columns';
import { forPeriod, panel } from './panel';
import { findingMarks, nationalCoverage, nationalFindings, nationalScope } from './coverage';
import * as C from './people-categories';

/** One territory's figures: a cell by «section|графа», a population by sex. */
interface Territory {
	cell: (section: string, grafa: string) => number | null;
	pop: (sex: Sex) => number | null;
}

function territoryOf(
	codes: string[],
	cells: PeopleCell[],
	pops: { region: string; sex: Sex; population: number }[]
): Territory | null {
	const mine = cells.filter((c) => codes.includes(c.region));
	if (!mine.length) return null;
	// A sum is a figure only when every region summed has the cell (else: no data, not less).
	const sum = (pick: (code: string) => number | undefined) => {
		const vs = codes.map(pick);
		return vs.every((v) => v !== undefined) ? (vs as number[]).reduce((a, b) => a + b, 0) : null;
	};
	return {
		cell: (section, grafa) =>
			sum(
				(code) =>
					mine.find((c) => c.region === code && c.section === section && c.grafa === grafa)?.value
			),
		pop: (sex) => sum((code) => pops.find((p) => p.region === code && p.sex === sex)?.population)
	};
}

interface Figures {
	value: number | null;
	share: number | null;
	rate: number | null;
}

function figuresOf(cats: C.PeopleCategory[], t: Territory | null): Map<string, Figures> {
	const value = (c: C.PeopleCategory) => {
		const v = t?.cell(c.section, c.grafa) ?? null;
		if (!c.minus || v === null) return v;
		const m = t?.cell(c.section, c.minus) ?? null;
		return m === null ? null : v - m;
	};
	const values = new Map(cats.map((c) => [c.key, value(c)]));
	return new Map(
		cats.map((c) => [
			c.key,
			{
				value: values.get(c.key) ?? null,
				share: c.base ? sharePct(values.get(c.key), values.get(c.base)) : null,
				rate: ratePer10k(values.get(c.key), t?.pop(c.pop) ?? null)
			}
		])
	);
}

/** The name of a category in the page's language (the glossary of ../../i18n/features/people.ts). */
export function categoryName(key: string, tr: Translator): string {
	return tr.t(`people.cat.${key}` as MessageKey);
}

/** «R1 гр. 2, 26, 27, 28» for a panel of few графы, else its sections: «R6, R7». */
function whereInForm(cats: C.PeopleCategory[], tr: Translator): string {
	const sections = [...new Set(cats.map((c) => c.section))];
	if (cats.length > 4) return sections.join(', ');
	return sections
		.map(
			(s) =>
				`${s} ${tr.t('label.grafa_short')} ${cats
					.filter((c) => c.section === s)
					.map((c) => c.grafa)
					.join(', ')}`
		)
		.join('; ');
}

interface PanelSpec {
	id: string;
	title: MessageKey;
	cats: C.PeopleCategory[];
	notes?: MessageKey[];
}

async function peoplePanel(spec: PanelSpec, q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	const code = q.region && q.region !== 'KZ' ? q.region : null;
	const sections = [...new Set(spec.cats.map((c) => c.section))];
	const withShare = spec.cats.some((c) => c.base);
	let rows: Row[] = [];
	let scope: string[] = [];
	if (ctx.period) {
		const year = parsePeriod(ctx.period).year;
		const [cells, pops, national] = await Promise.all([
			peopleCells(ctx.period),
			meanPopulationBySex(year),
			nationalScope(ctx.period)
		]);
		scope = national.regions;
		const country = figuresOf(spec.cats, territoryOf(scope, cells, pops));
		const region = code ? figuresOf(spec.cats, territoryOf([code], cells, pops)) : null;
		// Held when a category of the breakdown is (a total alone, e.g. R1 графа 2 without графы
		// 26–28 in the synthetic demo, is not this panel's data).
		const breakdown = spec.cats.filter((c) => c.base || !withShare);
		const held = (f: Map<string, Figures> | null) =>
			f && breakdown.some((c) => f.get(c.key)?.value != null);
		if (held(region) || (!code && held(country)))
			rows = spec.cats.map((c) => {
				const n = country.get(c.key)!;
				const own = region?.get(c.key);
				return {
					category: categoryName(c.key, tr),
					ref: C.referenceOf(c, tr),
					...(own ? { value: own.value, share: own.share, rate: own.rate } : {}),
					country_value: n.value,
					country_share: n.share,
					country_rate: n.rate
				};
			});
	}
	const where = code ? tr.region(code) : tr.t('label.country');
	const countryLabel = tr.t('label.vs_country');
	const measure = withShare ? 'share' : 'rate';
	// The chart compares the region with the country on shares (or rates where the panel has
	// no total); the total itself is 100 % and is left out.
	const chartRows: Row[] = rows
		.filter((_, i) => !withShare || spec.cats[i].base)
		.flatMap((r) => [
			...(code ? [{ category: r.category, who: where, value: r[measure] }] : []),
			{ category: r.category, who: countryLabel, value: r[`country_${measure}`] }
		]);
	const ownCols: Column[] = code
		? [
				col.number('value', `${where}: ${tr.t('ind.count')}`),
				col.pct('share', `${where}: ${tr.t('ind.share')}`),
				col.number('rate', `${where}: ${tr.t('ind.rate')}`, 2)
			]
		: [];
	return panel({
		id: spec.id,
		title: forPeriod(`${tr.t(spec.title)} — ${where}`, ctx.period, tr),
		columns: [
			col.text('category', tr.t('label.category')),
			col.text('ref', tr.t('people.ref')),
			...ownCols,
			col.number('country_value', `${countryLabel}: ${tr.t('ind.count')}`),
			col.pct('country_share', `${countryLabel}: ${tr.t('ind.share')}`),
			col.number('country_rate', `${countryLabel}: ${tr.t('ind.rate')}`, 2)
		],
		rows,
		chartRows,
		chart: {
			kind: 'groupedBars',
			label: 'category',
			value: 'value',
			group: 'who',
			xLabel: tr.t(withShare ? 'ind.share' : 'ind.rate')
		},
		notes: [
			...(spec.notes ?? []).map((k) => tr.t(k)),
			tr.t('people.population_note'),
			ctx.period && parsePeriod(ctx.period).monthTo < 12 && tr.t('people.part_year_note'),
			tr.lang !== 'ru' && tr.t('people.labels_note')
		],
		empty: tr.t('people.empty').replace('{sections}', whereInForm(spec.cats, tr)),
		source: { forms: ['1-M', 'population'], regions: where, period: ctx.period },
		query: toQueryString(q, ['region', 'period']),
		coverage: await nationalCoverage([ctx.period], tr),
		findings: code
			? await findingMarks([ctx.period], [code], sections)
			: await nationalFindings([ctx.period], sections)
	});
}

export const peopleVictims = (q: ViewQuery, tr: Translator) =>
	peoplePanel(
		{
			id: 'people-victims',
			title: 'people.victims',
			cats: C.VICTIMS,
			notes: ['people.victims_note']
		},
		q,
		tr
	);

export const peopleVictimsByOffence = (q: ViewQuery, tr: Translator) =>
	peoplePanel(
		{
			id: 'people-victims-r3',
			title: 'people.victims_r3',
			cats: C.VICTIMS_BY_OFFENCE,
			notes: ['people.victims_r3_note']
		},
		q,
		tr
	);

export const peopleOffenders = (q: ViewQuery, tr: Translator) =>
	peoplePanel(
		{
			id: 'people-offenders',
			title: 'people.offenders',
			cats: C.OFFENDERS,
			notes: ['people.offenders_note']
		},
		q,
		tr
	);

export const peopleOccupation = (q: ViewQuery, tr: Translator) =>
	peoplePanel(
		{
			id: 'people-occupation',
			title: 'people.occupation',
			cats: C.OCCUPATION,
			notes: ['people.overlap_note']
		},
		q,
		tr
	);

export const peopleState = (q: ViewQuery, tr: Translator) =>
	peoplePanel(
		{ id: 'people-state', title: 'people.state', cats: C.STATE, notes: ['people.overlap_note'] },
		q,
		tr
	);

export const peopleOfficials = (q: ViewQuery, tr: Translator) =>
	peoplePanel(
		{
			id: 'people-officials',
			title: 'people.officials',
			cats: C.OFFICIALS,
			notes: ['people.overlap_note']
		},
		q,
		tr
	);

export const peopleJuveniles = (q: ViewQuery, tr: Translator) =>
	peoplePanel(
		{
			id: 'people-juveniles',
			title: 'people.juveniles',
			cats: C.JUVENILES,
			notes: ['people.juveniles_note']
		},
		q,
		tr
	);

export const peoplePlace = (q: ViewQuery, tr: Translator) =>
	peoplePanel(
		{ id: 'people-place', title: 'people.place', cats: C.PLACE, notes: ['people.place_note'] },
		q,
		tr
	);

export const peopleDeaths = (q: ViewQuery, tr: Translator) =>
	peoplePanel(
		{ id: 'people-deaths', title: 'people.deaths', cats: C.DEATHS, notes: ['people.deaths_note'] },
		q,
		tr
	);

/** The ids of the view's panels, in the page's order. */
export const PEOPLE_DATASETS = [
	'people-victims',
	'people-victims-r3',
	'people-offenders',
	'people-occupation',
	'people-state',
	'people-officials',
	'people-juveniles',
	'people-place',
	'people-deaths'
] as const;
