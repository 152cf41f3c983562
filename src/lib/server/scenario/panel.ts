/**
 * The scenario panel of /penitentiary: the levers as the URL gave them (so the GET form keeps
 * them), the projection of both stocks as fan charts (server-rendered SVG) with their tables,
 * the places they imply, the backtest beside them, the parameters with their sources and the
 * breaks the model cannot see — plain serialisable data; a refused lever is a message, not
 * an error page.
 */
import type { Column, Dataset, Row } from '../../dataset';
import { translator, type Lang, type MessageKey, type Translator } from '../../i18n';
import { LEVER_KEYS, LEVER_RANGES, LeverRangeError } from '../../scenario';
import { renderChartSvg } from '../export/svg';
import { BadRequest } from '../params';
import { scenarioParams } from './params';
import {
	breakText,
	calibrationRefusal,
	leverRefusal,
	parameterSource
} from '../../i18n/scenario-text';
import { leverQuery, scenarioResult, type ScenarioResult, type StockResult } from './view';

export interface PanelTable {
	id: string;
	title: string;
	svg: string | null;
	/** The phone drawing (charts/narrow.ts), shown instead of `svg` at ≤ 640 px. */
	svgNarrow?: string | null;
	columns: Column[];
	rows: Row[];
}

export interface ScenarioPanelData {
	/** The lever fields as given in the URL (strings; empty = baseline). */
	form: Record<string, string>;
	/** Other parameters of the page, kept as hidden fields of the form. */
	keep: Record<string, string>;
	ranges: typeof LEVER_RANGES;
	refusal: string | null;
	tables: PanelTable[];
	breaks: { date: string; what: string }[];
	apiQuery: string;
	years: string;
}

const num = (key: string, label: string, digits = 0): Column => ({
	key,
	label,
	kind: 'number',
	digits,
	blankIfNull: true
});

function fan(
	id: string,
	title: string,
	s: StockResult,
	res: ScenarioResult,
	tr: Translator
): PanelTable {
	const chartRows: Row[] = [
		...s.published.map((o) => ({ date: o.date, kind: 'observed', value: o.value })),
		...s.scenario.map((y) => ({
			date: `${y.year}-12-31`,
			kind: 'forecast',
			value: y.mean,
			lo80: y.lo80,
			hi80: y.hi80,
			lo95: y.lo95,
			hi95: y.hi95
		}))
	];
	const rows: Row[] = s.scenario.map((y, k) => ({
		year: String(y.year),
		baseline: s.baseline[k].mean,
		scenario: y.mean,
		lo80: y.lo80,
		hi80: y.hi80,
		lo95: y.lo95,
		hi95: y.hi95,
		difference: s.difference[k].mean,
		dlo95: s.difference[k].lo95,
		dhi95: s.difference[k].hi95
	}));
	const ds: Dataset = {
		id,
		title,
		columns: [],
		rows,
		chartRows,
		chart: { kind: 'forecastFan', yLabel: tr.t('ind.count') },
		source: { forms: [], regions: '', period: '', hash: '', generated: '', synthetic: false },
		query: ''
	};
	return {
		id,
		title: `${title}, ${res.years[0]}–${res.years[res.years.length - 1]}`,
		svg: renderChartSvg(ds, tr),
		svgNarrow: renderChartSvg(ds, tr, 'narrow'),
		columns: [
			{ key: 'year', label: tr.t('label.year'), kind: 'text' },
			num('baseline', tr.t('scen.baseline')),
			num('scenario', tr.t('scen.scenario')),
			num('lo80', tr.t('scen.lo80')),
			num('hi80', tr.t('scen.hi80')),
			num('lo95', tr.t('scen.lo95')),
			num('hi95', tr.t('scen.hi95')),
			num('difference', tr.t('scen.difference')),
			num('dlo95', `${tr.t('scen.difference')}, ${tr.t('scen.lo95')}`),
			num('dhi95', `${tr.t('scen.difference')}, ${tr.t('scen.hi95')}`)
		],
		rows
	};
}

function backtestTable(res: ScenarioResult, tr: Translator): PanelTable {
	const bt = res.backtest.prison;
	const cutoff = res.backtest.cutoff;
	const chartRows: Row[] = [
		...res.prison.published
			.filter((o) => o.date <= cutoff)
			.map((o) => ({ date: o.date, kind: 'observed', value: o.value })),
		...bt.points.map((p) => ({
			date: p.date,
			kind: 'forecast',
			value: p.model,
			lo80: p.lo80,
			hi80: p.hi80,
			lo95: p.lo95,
			hi95: p.hi95
		}))
	];
	const ds: Dataset = {
		id: 'scenario-backtest',
		title: tr.t('scen.backtest'),
		columns: [],
		rows: chartRows,
		chart: { kind: 'forecastFan', yLabel: tr.t('ind.count') },
		source: { forms: [], regions: '', period: '', hash: '', generated: '', synthetic: false },
		query: ''
	};
	const inside = bt.points.filter((p) => p.published >= p.lo95 && p.published <= p.hi95).length;
	return {
		id: 'scenario-backtest',
		title: tr.t('scen.backtest'),
		svg: renderChartSvg(ds, tr),
		svgNarrow: renderChartSvg(ds, tr, 'narrow'),
		columns: [
			{ key: 'date', label: tr.t('label.period'), kind: 'text' },
			{ key: 'id', label: tr.t('label.source'), kind: 'text' },
			num('published', tr.t('scen.bt_published')),
			num('model', tr.t('scen.bt_model')),
			num('lo95', tr.t('scen.lo95')),
			num('hi95', tr.t('scen.hi95')),
			num('naive', tr.t('scen.bt_naive')),
			num('drift', tr.t('scen.bt_drift'))
		],
		rows: [
			...bt.points.map((p) => ({ ...p })),
			{
				date: tr.t('scen.bt_summary'),
				id: `${tr.t('scen.bt_coverage')}: ${inside} / ${bt.points.length}`,
				published: null,
				model: bt.model.mae,
				lo95: null,
				hi95: null,
				naive: bt.naive.mae,
				drift: bt.drift.mae
			}
		]
	};
}

function placesTable(res: ScenarioResult, tr: Translator): PanelTable {
	return {
		id: 'scenario-places',
		title: tr.t('scen.places'),
		svg: null,
		columns: [
			{ key: 'year', label: tr.t('label.year'), kind: 'text' },
			num('baseline', tr.t('scen.places_base')),
			num('scenario', tr.t('scen.places_scen')),
			num('difference', tr.t('scen.difference'))
		],
		rows: res.places.map((p) => ({ ...p, year: String(p.year) }))
	};
}

function parameterTable(res: ScenarioResult, tr: Translator): PanelTable {
	return {
		id: 'scenario-parameters',
		title: tr.t('scen.params'),
		svg: null,
		columns: [
			{ key: 'param', label: tr.t('scen.param'), kind: 'text' },
			num('value', tr.t('scen.value'), 2),
			{ key: 'range', label: tr.t('scen.range'), kind: 'text' },
			{ key: 'basis', label: tr.t('scen.basis'), kind: 'text' },
			{ key: 'source', label: tr.t('label.source'), kind: 'text' }
		],
		rows: res.parameters.map((p) => ({
			param: tr.t(`scen.p.${p.key}` as MessageKey),
			value: p.value,
			range: `${tr.num(p.low, 2)} – ${tr.num(p.high, 2)}`,
			basis: tr.t(`scen.basis.${p.basis}` as MessageKey),
			source: parameterSource(p.source, tr.lang)
		}))
	};
}

/** The panel for the page's URL (the levers among its parameters). */
export async function scenarioPanel(url: URL, lang: Lang): Promise<ScenarioPanelData> {
	const tr = translator(lang);
	const form = Object.fromEntries(LEVER_KEYS.map((k) => [k, url.searchParams.get(k) ?? '']));
	const keep = Object.fromEntries(
		[...url.searchParams].filter(([k, v]) => v && !(LEVER_KEYS as string[]).includes(k))
	);
	const base = {
		form,
		keep,
		ranges: LEVER_RANGES,
		tables: [],
		breaks: [],
		apiQuery: '',
		years: ''
	};
	const leverParams = new URLSearchParams(
		[...url.searchParams].filter(([k]) => (LEVER_KEYS as string[]).includes(k))
	);
	let res: ScenarioResult;
	try {
		res = await scenarioResult(scenarioParams(leverParams, []).levers);
	} catch (e) {
		if (e instanceof LeverRangeError)
			return {
				...base,
				refusal: `${tr.t('scen.refused')}: ${leverRefusal(e.lever, e.message, lang)}`
			};
		if (e instanceof RangeError)
			return {
				...base,
				refusal: `${tr.t('scen.unavailable')}: ${calibrationRefusal(e.message, lang)}`
			};
		if (e instanceof BadRequest)
			return { ...base, refusal: `${tr.t('scen.unavailable')}: ${e.message}` };
		throw e;
	}
	return {
		...base,
		refusal: null,
		tables: [
			fan('scenario-prison', tr.t('scen.prison'), res.prison, res, tr),
			placesTable(res, tr),
			backtestTable(res, tr),
			fan('scenario-probation', tr.t('scen.probation'), res.probation, res, tr),
			parameterTable(res, tr)
		],
		breaks: res.breaks.map((b) => ({ date: b.date, what: breakText(b, lang) })),
		apiQuery: leverQuery(res.levers),
		years: `${res.years[0]}–${res.years[res.years.length - 1]}`
	};
}
