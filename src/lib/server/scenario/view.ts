/**
 * One scenario request: the levers applied to the calibrated model of the current warehouse,
 * as the structured result the API returns as JSON and the page shows, and as one long table
 * (dataset) that the CSV and XLSX exports write — projections, the published counts, the
 * parameters with their basis and source, the backtest and the unseen breaks, so that a
 * downloaded file carries its own sources and assumptions.
 */
import type { Dataset, Row } from '../../dataset';
import type { MessageKey, Translator } from '../../i18n';
import {
	isBaseline,
	project,
	unseenBreaks,
	type Levers,
	type Parameter,
	type ProjectedYear,
	type StockBacktest,
	type StockObservation,
	type UnseenBreak
} from '../../scenario';
import { sourceInfo } from '../queries/source-info';
import { breakText, parameterSource, parameterUnit } from '../../i18n/scenario-text';
import { methodName } from '../../i18n/forecast-text';
import { unitLabel } from '../datasets/published-sources';
import { scenarioModel } from './model';

export interface StockResult {
	baseline: ProjectedYear[];
	scenario: ProjectedYear[];
	difference: ProjectedYear[];
	fitted: { year: number; value: number }[];
	published: StockObservation[];
}

export interface ScenarioResult {
	levers: Levers;
	isBaseline: boolean;
	years: number[];
	prison: StockResult;
	probation: StockResult;
	/** Places the population would need (upper 95 % bound), baseline and scenario. */
	places: { year: number; baseline: number; scenario: number; difference: number }[];
	capacity: {
		pretrial: { value: number; id: string } | null;
		colonies: null;
		latestPopulation: StockObservation | null;
	};
	parameters: Parameter[];
	convictions: {
		published: { year: number; value: number; source: string }[];
		forecast: { year: number; mean: number; lo95: number; hi95: number }[];
		method: string;
		notes: string[];
	};
	imprisonmentShare: { year: number; value: number; source: string }[];
	breaks: UnseenBreak[];
	excluded: { id: string; reason: string }[];
	backtest: {
		cutoff: string;
		until: string;
		prison: StockBacktest;
		probation: StockBacktest;
	};
	method: { draws: number; seed: number; calibrationSeed: number };
	/** Published row id → URL of every figure listed. */
	sources: Record<string, string>;
}

/** The projection under these levers with everything it rests on. */
export async function scenarioResult(levers: Levers): Promise<ScenarioResult> {
	const m = await scenarioModel();
	const cal = m.calibration;
	const p = project(cal, levers);
	const c = cal.convictions;
	const stock = (key: 'prison' | 'probation'): StockResult => ({
		...p[key],
		published: key === 'prison' ? m.inputs.prison : m.inputs.probation
	});
	return {
		levers,
		isBaseline: isBaseline(levers),
		years: p.years,
		prison: stock('prison'),
		probation: stock('probation'),
		places: p.years.map((year, k) => ({
			year,
			baseline: Math.ceil(p.prison.baseline[k].hi95),
			scenario: Math.ceil(p.prison.scenario[k].hi95),
			difference: Math.ceil(p.prison.scenario[k].hi95) - Math.ceil(p.prison.baseline[k].hi95)
		})),
		capacity: {
			pretrial: m.inputs.pretrialCapacity
				? { value: m.inputs.pretrialCapacity.value, id: m.inputs.pretrialCapacity.id }
				: null,
			colonies: null,
			latestPopulation: m.inputs.prison.at(-1) ?? null
		},
		parameters: cal.parameters,
		convictions: {
			published: c.published,
			forecast: c.mean
				.map((mean, k) => ({
					year: c.firstForecastYear + k,
					mean,
					lo95: c.lo95[k],
					hi95: c.hi95[k]
				}))
				.filter((f) => f.year <= p.years[p.years.length - 1]),
			method: c.method,
			notes: c.notes
		},
		imprisonmentShare: cal.shares,
		breaks: unseenBreaks(m.inputs.amnesty),
		excluded: m.inputs.excluded,
		backtest: {
			cutoff: m.backtest.cutoff,
			until: m.backtest.until,
			prison: m.backtest.prison,
			probation: m.backtest.probation
		},
		method: { draws: p.draws, seed: p.seed, calibrationSeed: 20261203 },
		sources: m.urls
	};
}

/** The levers as a query string (only those that differ from the baseline, and h). */
export function leverQuery(l: Levers): string {
	const sp = new URLSearchParams({ h: String(l.h) });
	if (l.convictions === 'pct') {
		sp.set('convictions', 'pct');
		sp.set('convictionsPct', String(l.convictionsPct));
	}
	if (l.imprisonmentShare !== null) sp.set('imprisonmentShare', String(l.imprisonmentShare));
	if (l.timeServedPct) sp.set('timeServedPct', String(l.timeServedPct));
	if (l.probationShiftPct) sp.set('probationShiftPct', String(l.probationShiftPct));
	return sp.toString();
}

const r0 = (x: number) => Math.round(x);

/** Each lever by the label of its field on the panel (ScenarioPanel.svelte), not its URL id. */
const LEVER_NAMES: Record<keyof Levers, MessageKey> = {
	h: 'scen.h',
	convictions: 'scen.convictions',
	convictionsPct: 'scen.conv_pct_label',
	imprisonmentShare: 'scen.share',
	timeServedPct: 'scen.time',
	probationShiftPct: 'scen.shift'
};

/** A lever's setting in words: the convictions choice as the panel says it, null the baseline. */
function leverSetting(value: Levers[keyof Levers], tr: Translator): string {
	if (value === null) return tr.t('scenx.series.baseline');
	if (value === 'trend') return tr.t('scen.conv_trend');
	if (value === 'pct') return tr.t('scen.conv_pct');
	return String(value);
}

/** The export table: every section of the result as rows of one long table. */
export async function scenarioDataset(res: ScenarioResult, tr: Translator): Promise<Dataset> {
	const rows: Row[] = [];
	// Rows grouped by words of the page's language (features/scenario-export.ts).
	const w = (key: string) => tr.t(`scenx.${key}` as MessageKey);
	const add = (section: string, r: Partial<Row>) =>
		rows.push({
			section: w(`section.${section}`),
			stock: null,
			year: null,
			series: null,
			value: null,
			lo80: null,
			hi80: null,
			lo95: null,
			hi95: null,
			basis: null,
			source: null,
			...r
		});
	// The lever's name and setting in the page's language (the table has no id column; the
	// JSON API keeps the ids).
	for (const k of Object.keys(LEVER_NAMES) as (keyof Levers)[])
		add('lever', { series: tr.t(LEVER_NAMES[k]), source: leverSetting(res.levers[k], tr) });
	for (const key of ['prison', 'probation'] as const) {
		const s = res[key];
		for (const o of s.published)
			add('published', {
				stock: w(`stock.${key}`),
				year: o.date,
				value: o.value,
				basis: unitLabel(o.unit, tr).text,
				source: `${o.id} ${res.sources[o.id] ?? ''}`.trim()
			});
		for (const f of s.fitted)
			add('fitted', {
				stock: w(`stock.${key}`),
				year: String(f.year),
				series: w('series.model'),
				value: r0(f.value)
			});
		for (const series of ['baseline', 'scenario', 'difference'] as const)
			for (const y of s[series])
				add('projection', {
					stock: w(`stock.${key}`),
					year: String(y.year),
					series: w(`series.${series}`),
					value: r0(y.mean),
					lo80: r0(y.lo80),
					hi80: r0(y.hi80),
					lo95: r0(y.lo95),
					hi95: r0(y.hi95)
				});
		const bt = res.backtest[key];
		for (const p of bt.points)
			add('backtest', {
				stock: w(`stock.${key}`),
				year: p.date,
				series: tr.fill('scenx.backtest', {
					published: p.published,
					naive: r0(p.naive),
					drift: r0(p.drift)
				}),
				value: r0(p.model),
				lo80: r0(p.lo80),
				hi80: r0(p.hi80),
				lo95: r0(p.lo95),
				hi95: r0(p.hi95),
				source: `${p.id} ${res.sources[p.id] ?? ''}`.trim()
			});
	}
	for (const p of res.places)
		add('places', {
			stock: w('stock.prison'),
			year: String(p.year),
			series: w('series.scenario'),
			value: p.scenario,
			basis: tr.fill('scenx.baseline_n', { n: p.baseline })
		});
	for (const p of res.parameters)
		add('parameter', {
			// The panel's names (the JSON API keeps the keys).
			series: tr.t(`scen.p.${p.key}` as MessageKey),
			value: p.value,
			lo95: p.low,
			hi95: p.high,
			basis: tr.t(`scen.basis.${p.basis}` as MessageKey),
			source: `${parameterSource(p.source, tr.lang)} (${parameterUnit(p.unit, tr.lang)})`
		});
	for (const c of res.convictions.published)
		add('convictions', {
			year: String(c.year),
			value: c.value,
			basis: w('basis.published'),
			source: c.source
		});
	for (const c of res.convictions.forecast)
		add('convictions', {
			year: String(c.year),
			value: r0(c.mean),
			lo95: r0(c.lo95),
			hi95: r0(c.hi95),
			basis: w('basis.forecast'),
			source: methodName(res.convictions.method, tr.lang)
		});
	for (const s of res.imprisonmentShare)
		add('share', {
			year: String(s.year),
			value: s.value,
			basis: w('basis.published'),
			source: s.source
		});
	for (const b of res.breaks) add('break', { year: b.date, source: breakText(b, tr.lang) });
	const src = await sourceInfo({
		forms: ['published'],
		regions: tr.t('label.country'),
		period: ''
	});
	const first = res.prison.published[0]?.date.slice(0, 4);
	return {
		id: 'scenario',
		title: `${tr.t('scen.title')} (${res.years[0]}–${res.years[res.years.length - 1]})`,
		columns: [
			{ key: 'section', label: w('col.section'), kind: 'text' },
			{ key: 'stock', label: w('col.stock'), kind: 'text' },
			{ key: 'year', label: tr.t('label.year'), kind: 'text' },
			{ key: 'series', label: w('col.series'), kind: 'text' },
			{ key: 'value', label: tr.t('scen.value'), kind: 'number', digits: 3 },
			...(['lo80', 'hi80', 'lo95', 'hi95'] as const).map((k) => ({
				key: k,
				label: tr.t(`scen.${k}` as MessageKey),
				kind: 'number' as const,
				digits: 3,
				blankIfNull: true
			})),
			{ key: 'basis', label: tr.t('scen.basis'), kind: 'text' },
			{ key: 'source', label: tr.t('label.source'), kind: 'text' }
		],
		rows,
		source: { ...src, period: first ? `${first}–${res.years[res.years.length - 1]}` : '' },
		query: `?${leverQuery(res.levers)}`,
		note: `${tr.fill('scenx.draws', { draws: res.method.draws, seed: res.method.seed })}; ${tr.t('scen.capacity')}`
	};
}
