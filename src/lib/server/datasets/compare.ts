/**
 * Compare (/compare, issue 17 item 6): up to five regions and the country on one time chart,
 * one line per territory, with the table of values and what each value rests on beneath.
 *
 * Honest gaps: a region that did not exist in a year (Shymkent before 2018; Abai, Jetisu,
 * Ulytau before 2022) or has no workbook for it gets no point — a gap and a note, never a
 * zero. A region whose borders changed (South Kazakhstan → Turkistan 2018; Almaty, Karaganda,
 * East Kazakhstan lost territory 2022) is broken into two lines of one colour at the reform,
 * because the years before it count another territory. Real forms and the synthetic demo are
 * never drawn together (a warehouse holds one or the other; real rows win if both appear).
 * With fewer than two years the chart is bars of the one year, and a sentence says why.
 */
import type { Dataset, Row } from '../../dataset';
import type { MessageKey, Translator } from '../../i18n';
import { ratePer10k } from '../../domain/indicators';
import { regionBreaks } from '../../domain/territory-breaks';
import type { OffenceGroup } from '../../domain/view-options';
import { nationalFrom, registeredOffences } from '../queries/registered-offences';
import { populationIndex } from '../queries/population';
import { BadRequest, toQueryString, type ViewQuery } from '../params';
import { col } from './columns';
import { findingMarks, nationalCoverage, regionsOf } from './coverage';
import { panel, ranking, yearSpan } from './panel';
import { lineageNotes } from './profile';

/** What a value of the table rests on (the table's coverage column, in words). */
type Status = 'real' | 'synthetic' | 'sum' | 'no_workbook' | 'absent';

const COUNTRY = 'KZ';

/** «2015–2017, 2019» from years. */
function yearRanges(years: number[]): string {
	const out: string[] = [];
	for (let i = 0; i < years.length; i++) {
		let j = i;
		while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
		out.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
		i = j;
	}
	return out.join(', ');
}

export async function compareRegions(q: ViewQuery, tr: Translator): Promise<Dataset> {
	if (q.indicator !== 'count' && q.indicator !== 'rate')
		throw new BadRequest(
			`indicator must be count or rate on compare (given ${q.indicator}); other indicators are on /regions`,
			'invalid_parameter',
			{ names: 'indicator' },
			'indicator'
		);
	if (q.from !== undefined && q.to !== undefined && q.from > q.to)
		throw new BadRequest(
			`from (${q.from}) must not be after to (${q.to})`,
			'invalid_parameter',
			{ names: 'from,to' },
			'from, to'
		);
	const rate = q.indicator === 'rate';
	const group = q.group as OffenceGroup;
	const codes = q.regions ?? [];

	// Whole years only: cumulative part-year reports are not comparable with years.
	const years0 = (await registeredOffences()).filter((r) => !r.period.includes('-'));
	const held = years0.some((r) => !r.synthetic) ? years0.filter((r) => !r.synthetic) : years0;
	const years = [...new Set(held.map((r) => Number(r.period)))]
		.filter((y) => (q.from === undefined || y >= q.from) && (q.to === undefined || y <= q.to))
		.sort((a, b) => a - b);
	const pop = await populationIndex();

	const rows: Row[] = [];
	for (const y of years) {
		const period = String(y);
		const inYear = held.filter((r) => r.period === period);
		for (const code of codes) {
			const r = inYear.find((x) => x.region === code);
			const count = r ? r[group] : null;
			const existed = regionsOf(period).includes(code);
			const since = regionBreaks(code).since;
			const former = existed && since !== null && y < Number(since.slice(0, 4));
			const status: Status = !r
				? existed
					? 'no_workbook'
					: 'absent'
				: r.synthetic
					? 'synthetic'
					: 'real';
			rows.push({
				period,
				date: `${y}-07-01`,
				code,
				region: tr.region(code),
				// One line per territory: the years in former borders are a line of their own.
				series: former
					? tr
							.t('compare.segment')
							.replace('{region}', tr.region(code))
							.replace('{year}', since!.slice(0, 4))
					: tr.region(code),
				value: rate ? ratePer10k(count, pop(code, y)) : count,
				coverage:
					tr.t(`compare.${status}` as MessageKey) +
					(former && r ? `, ${tr.t('compare.old_borders')}` : ''),
				status,
				isCountry: false
			});
		}
		const nat = nationalFrom(inYear, period);
		const count = nat ? nat[group] : null;
		// A sum of regions is a rate over the population of the same regions.
		const popOf = nat?.partial
			? inYear
					.filter((r) => r.region !== COUNTRY && r[group] !== null)
					.reduce((a, r) => a + (pop(r.region, y) ?? 0), 0) || null
			: pop(COUNTRY, y);
		const status: Status = !nat
			? 'no_workbook'
			: nat.partial
				? 'sum'
				: nat.synthetic
					? 'synthetic'
					: 'real';
		rows.push({
			period,
			date: `${y}-07-01`,
			code: COUNTRY,
			region: tr.region(COUNTRY),
			series: tr.region(COUNTRY),
			value: rate ? ratePer10k(count, popOf) : count,
			coverage:
				status === 'sum'
					? (nat!.synthetic ? `${tr.t('compare.synthetic')}, ` : '') +
						tr
							.t('coverage.sum')
							.replace('{n}', String(nat!.regionsSummed))
							.replace('{of}', String(regionsOf(period).length))
					: tr.t(`compare.${status}` as MessageKey),
			status,
			isCountry: true
		});
	}

	const valued = rows.filter((r) => typeof r.value === 'number');
	const valuedYears = [...new Set(valued.map((r) => String(r.period)))];
	const notes: string[] = [];
	if (!codes.length) notes.push(tr.t('compare.none'));
	if (valuedYears.length === 1)
		notes.push(tr.t('compare.one_period').replace('{period}', String(valuedYears[0])));
	for (const code of [...codes, COUNTRY]) {
		const mine = rows.filter((r) => r.code === code);
		for (const status of ['absent', 'no_workbook'] as const) {
			const gap = mine.filter((r) => r.status === status).map((r) => Number(r.period));
			if (gap.length && valued.length)
				notes.push(
					tr
						.t('compare.gap')
						.replace('{region}', tr.region(code))
						.replace('{periods}', yearRanges(gap))
						.replace('{reason}', tr.t(`compare.${status}`))
				);
		}
		// Where the shown years reach back before the region's current borders: how they changed.
		const since = regionBreaks(code).since;
		if (code !== COUNTRY && since && years.some((y) => y < Number(since.slice(0, 4))))
			notes.push(`${tr.region(code)}: ${lineageNotes(code, tr).join('; ')}`);
	}
	if (rate && rows.some((r) => r.status === 'sum' && r.value !== null))
		notes.push(tr.t('compare.country_rate'));

	const indicator = rate ? tr.t('ind.rate') : tr.t('ind.count');
	const span = yearSpan(valued.map((r) => ({ year: r.period })));
	const oneYear = valuedYears.length === 1;
	return panel(
		{
			id: 'compare',
			title:
				tr
					.t('compare.chart')
					.replace('{indicator}', indicator)
					.replace('{group}', tr.t(`ind.${group}` as MessageKey)) + (span ? ` — ${span}` : ''),
			columns: [
				col.period(tr),
				col.region(tr),
				rate ? col.rate(tr, 'value') : col.count(tr),
				col.text('coverage', tr.t('compare.coverage'))
			],
			rows: valued.length ? rows : [],
			// Fewer than two years: the one year's bars (a missing region is «no data», not 0).
			chart: oneYear
				? ranking('region', 'value', indicator, 'isCountry')
				: {
						kind: 'timeSeries',
						x: 'date',
						y: 'value',
						series: 'series',
						color: 'region',
						yLabel: indicator,
						events: true
					},
			chartRows: oneYear ? rows.filter((r) => r.period === valuedYears[0]) : valued,
			notes,
			source: {
				forms: rate ? ['1-M', 'population'] : ['1-M'],
				regions: [...codes, COUNTRY].map((c) => tr.region(c)).join(', '),
				period: span
			},
			query: toQueryString(q, ['regions', 'indicator', 'group', 'from', 'to']),
			// The republic's published figure beside a sum of regions, for a year or two; over a
			// long series it would be a paragraph per year under the chart (the table's coverage
			// column still says «sum of 16 of 20 regions» in every row).
			coverage: await nationalCoverage(valuedYears, tr, valuedYears.length <= 2 ? [group] : []),
			findings: await findingMarks(valuedYears, codes, ['R1-1'])
		},
		tr
	);
}
