/**
 * The two datasets of a forecast (the page, the region and offences pages, the exports): the
 * fan chart with its table, and the model card (every candidate's backtest, the choice, its
 * reason and the coverage). Built from one computed forecast (compute.ts), never recomputed.
 */
import type { Dataset, Row, SourceInfo } from '../../dataset';
import type { Translator } from '../../i18n';
import { toQueryString, type ViewQuery } from '../params';
import type { ForecastResult } from './compute';
import {
	forecastWords,
	methodLine,
	methodName,
	methodNote,
	methodReason
} from '../../i18n/forecast-text';
import { seriesLabel } from './series';

/** Fitted years, series hash and the lineage, in the page language. */
/** The method's notes in the page's language (forecast-text.ts), or nothing. */
function notesLine(notes: readonly string[], tr: Translator): string {
	if (!notes.length) return '';
	const said = notes.map((n) => methodNote(n, tr.lang));
	return `${forecastWords(tr.lang).notesLabel}: ${said.join('; ')}.`;
}

export function provenanceLine(r: ForecastResult, tr: Translator): string {
	const parts: string[] = [];
	if (r.fan)
		parts.push(
			`${tr.t('fc.fitted')}: ${r.fan.fittedFrom}–${r.fan.fittedTo} (n = ${r.forecast!.fittedOn.n}); ${tr.t('fc.series_hash')} ${r.fan.hash}`
		);
	if (r.observed.bordersSince)
		parts.push(
			`${tr.t('fc.lineage')} ${tr.date(r.observed.bordersSince)}: ${tr.t('fc.no_history')}`
		);
	if (r.observed.partial) parts.push(tr.t('fc.partial'));
	return parts.join('. ');
}

const FORECAST_KEYS: (keyof ViewQuery)[] = ['region', 'series', 'h', 'method'];

/** The observed series and the forecast with its bands: the fan chart and its table. */
export function seriesDataset(
	r: ForecastResult,
	q: ViewQuery,
	tr: Translator,
	source: SourceInfo
): Dataset {
	const o = r.observed;
	const rows: Row[] = o.years.map((year, i) => ({
		year: String(year),
		date: `${year}-07-01`,
		kind: tr.t('fc.observed'),
		value: o.values[i],
		lo80: null,
		hi80: null,
		lo95: null,
		hi95: null
	}));
	for (const fr of r.fan?.rows ?? [])
		rows.push({
			year: fr.period,
			date: `${fr.period}-07-01`,
			kind: tr.t('fc.forecast'),
			value: fr.mean,
			lo80: fr.lo80,
			hi80: fr.hi80,
			lo95: fr.lo95,
			hi95: fr.hi95
		});
	// The chart reads a language-neutral kind.
	const chartRows = rows.map((row, i) => ({
		...row,
		kind: i < o.years.length ? 'observed' : 'forecast'
	}));
	const f = r.forecast;
	const where = q.region ? tr.region(q.region) : tr.t('label.country');
	return {
		id: 'forecast-series',
		title: `${tr.t('fc.prefix')}: ${seriesLabel(q.series, tr)} — ${where}`,
		columns: [
			{ key: 'year', label: tr.t('label.year'), kind: 'text' },
			{ key: 'kind', label: tr.t('fc.kind'), kind: 'text' },
			{ key: 'value', label: tr.t('ind.count'), kind: 'number' },
			{ key: 'lo80', label: '80 % −', kind: 'number', blankIfNull: true },
			{ key: 'hi80', label: '80 % +', kind: 'number', blankIfNull: true },
			{ key: 'lo95', label: '95 % −', kind: 'number', blankIfNull: true },
			{ key: 'hi95', label: '95 % +', kind: 'number', blankIfNull: true }
		],
		rows,
		// No forecast, no fan: the observed years stay in the table, the note says why in one
		// line (and claims no backtest, no fit).
		...(f
			? {
					chartRows,
					chart: { kind: 'forecastFan', yLabel: tr.t('ind.count') },
					note: [
						tr.t('fc.caveat'),
						`${tr.t('fc.method')}: ${methodLine(f.method, f.description, tr.lang)}.`,
						`${provenanceLine(r, tr)}.`,
						notesLine(f.notes, tr)
					]
						.filter(Boolean)
						.join(' ')
				}
			: { note: r.refusal ?? undefined }),
		source,
		query: toQueryString(q, FORECAST_KEYS)
	};
}

/** The model card: every candidate's backtest, the chosen method, why, and coverage. */
export function cardDataset(
	r: ForecastResult,
	q: ViewQuery,
	tr: Translator,
	source: SourceInfo
): Dataset {
	const f = r.forecast;
	const rows: Row[] = (f?.backtest.byMethod ?? []).map((m) => ({
		method: methodName(m.method, tr.lang),
		mase: Number.isFinite(m.mase) ? m.mase : null,
		smape: Number.isFinite(m.smape) ? m.smape : null,
		n: m.n,
		chosen: m.method === f!.method
	}));
	const cov = f
		? Object.entries(f.backtest.coverage)
				.map(
					([lvl, v]) =>
						`${lvl} %: ${Number.isFinite(v) ? tr.pct(v * 100, 0) : tr.t('label.nodata')}`
				)
				.join(', ')
		: '';
	return {
		id: 'forecast-card',
		title: `${tr.t('fc.card')}: ${seriesLabel(q.series, tr)} — ${q.region ? tr.region(q.region) : tr.t('label.country')}`,
		columns: [
			{ key: 'method', label: tr.t('fc.method'), kind: 'text' },
			{ key: 'mase', label: 'MASE', kind: 'number', digits: 3 },
			{ key: 'smape', label: 'sMAPE, %', kind: 'number', digits: 2 },
			{ key: 'n', label: tr.t('fc.errors'), kind: 'number' },
			{ key: 'chosen', label: tr.t('fc.chosen'), kind: 'text' }
		],
		rows,
		note: f
			? [
					`${tr.t('fc.chosen')}: ${methodName(f.method, tr.lang)} (${q.method === 'auto' ? tr.t('fc.method_auto') : methodName(q.method, tr.lang)}). ${tr.t('fc.reason')}: ${methodReason(f.reason, tr.lang)}.`,
					`${tr.t('fc.coverage')} (${f.backtest.origins} ${tr.t('fc.origins')}): ${cov}.`,
					`${provenanceLine(r, tr)}.`,
					notesLine(f.notes, tr),
					source.synthetic ? `${tr.t('label.synthetic')}.` : ''
				]
					.filter(Boolean)
					.join(' ')
			: (r.refusal ?? undefined),
		source,
		query: toQueryString(q, FORECAST_KEYS)
	};
}
