/**
 * Forecasts of whole-year series (/forecasts, the region profile, the offences page and
 * /api/v1/forecast): the country or a region × all registered offences, crimes,
 * misdemeanours or one Criminal Code chapter; horizon 1–5 years; the automatic method or any
 * method of `$lib/forecast`. Only the forecasting library's public API is used.
 *
 * Breaks and lineage: every series starts after the 2015 codes; a region created or cut by
 * the June 2018 / June 2022 reforms starts after that reform (its earlier figures are of
 * another territory), and the note says so. The country's "all offences" series is the
 * published national figure (long, real) when the warehouse holds it; otherwise the
 * republic's Form 1-M workbook, or the sum of the regions with data (flagged).
 *
 * Every forecast carries what it was fitted on (years, series hash from the library) and the
 * source line's data hash. Forecasts are computed per request, so they are cached per
 * (series, parameters, hash of the values).
 */
import type { Dataset, Row, SourceInfo } from '../../dataset';
import type { MessageKey, Translator } from '../../i18n';
import {
	fanData,
	forecastSeries,
	seriesHash,
	type FanData,
	type SeriesForecast
} from '../../forecast';
import { getRegion, REGIONS, REFORM_2018, REFORM_2022 } from '../../domain/regions';
import { chapterTitle } from '../../domain/criminal-code';
import { registeredOffences, type OffenceGroup } from '../queries/registered-offences';
import { nationalYearly, publishedFigures } from '../queries/published-figures';
import { chapterYearly } from '../queries/forecast-series';
import { sourceInfo } from '../queries/source-info';
import { toQueryString, type ViewQuery } from '../params';
import { lineageNotes } from './profile';

/** The library refuses fewer points; below this no forecast is drawn. */
export const MIN_YEARS = 3;

export interface ObservedSeries {
	region: string | null;
	series: string;
	years: number[];
	values: number[];
	forms: string[];
	synthetic: boolean;
	/** The country's figure summed from regions (no republic workbook) in some year. */
	partial: boolean;
	/** Known breaks (ids of KNOWN_BREAKS) that apply to this territory. */
	breaks: string[];
	/** First day of the region's current borders when a reform changed them (else null). */
	bordersSince: string | null;
}

export interface ForecastResult {
	observed: ObservedSeries;
	forecast: SeriesForecast | null;
	fan: FanData | null;
	/** Why there is no forecast (too short), in the page language. */
	refusal: string | null;
}

/** Which reforms changed this region's borders (created, renamed or cut). */
export function regionBreaks(code: string | null): { breaks: string[]; since: string | null } {
	const breaks = ['codes-2015'];
	if (!code || code === 'KZ') return { breaks, since: null };
	const r = getRegion(code);
	const dates = [
		r?.validFrom ?? null,
		...REGIONS.filter((x) => x.predecessor === code && x.validFrom).map((x) => x.validFrom)
	].filter((d): d is string => !!d);
	if (dates.includes(REFORM_2018)) breaks.push('regions-2018');
	if (dates.includes(REFORM_2022)) breaks.push('regions-2022');
	const since = dates.length ? dates.sort()[dates.length - 1] : null;
	return { breaks, since };
}

/** Keep the last run of consecutive years (a gap would make the series meaningless). */
function lastRun(points: { year: number; value: number }[]): { year: number; value: number }[] {
	const sorted = [...points].sort((a, b) => a.year - b.year);
	const out: { year: number; value: number }[] = [];
	for (const p of sorted) {
		if (out.length && p.year !== out[out.length - 1].year + 1) out.length = 0;
		out.push(p);
	}
	return out;
}

const GROUP_OF: Record<string, OffenceGroup> = {
	all: 'all',
	crimes: 'crimes',
	misdemeanours: 'misdemeanours'
};

/** The observed whole-year series for (region, series), with its provenance. */
export async function observedSeries(
	region: string | null,
	series: string
): Promise<ObservedSeries> {
	const { breaks, since } = regionBreaks(region);
	const base = { region, series, breaks, bordersSince: since };
	if (!region && series === 'all') {
		const figs = nationalYearly(
			await publishedFigures(['registered_criminal_offences']),
			'registered_criminal_offences'
		);
		if (figs.length >= MIN_YEARS) {
			const run = lastRun(figs.map((f) => ({ year: Number(f.end!.slice(0, 4)), value: f.value })));
			return {
				...base,
				years: run.map((p) => p.year),
				values: run.map((p) => p.value),
				forms: ['published'],
				synthetic: false,
				partial: false
			};
		}
	}
	// Form 1-M: per region and whole year.
	let perRegion: { region: string; year: number; value: number | null; synthetic: boolean }[];
	if (series.startsWith('ch')) {
		perRegion = await chapterYearly(Number(series.slice(2)));
	} else {
		const g = GROUP_OF[series];
		perRegion = (await registeredOffences())
			.filter((r) => !r.period.includes('-'))
			.map((r) => ({
				region: r.region,
				year: Number(r.period),
				value: r[g],
				synthetic: r.synthetic
			}));
	}
	const byYear = new Map<number, typeof perRegion>();
	for (const r of perRegion) {
		if (r.value === null) continue;
		if (!byYear.has(r.year)) byYear.set(r.year, []);
		byYear.get(r.year)!.push(r);
	}
	// The country: the republic's workbook when every year has one; otherwise the sum of the
	// regions with data in every year (the republic total also holds non-territorial units, so
	// mixing the two would put a step into the series).
	const useSum =
		!region && [...byYear.values()].some((rows) => !rows.some((r) => r.region === 'KZ'));
	let partial = false;
	let synthetic = false;
	const points: { year: number; value: number }[] = [];
	for (const [year, rows] of byYear) {
		let pick = rows.filter((r) => r.region === (region ?? 'KZ'));
		if (useSum) {
			pick = rows.filter((r) => r.region !== 'KZ');
			if (pick.length) partial = true;
		}
		if (!pick.length) continue;
		synthetic ||= pick.some((r) => r.synthetic);
		points.push({ year, value: pick.reduce((a, r) => a + (r.value as number), 0) });
	}
	const run = lastRun(points);
	return {
		...base,
		years: run.map((p) => p.year),
		values: run.map((p) => p.value),
		forms: ['1-M'],
		synthetic,
		partial
	};
}

const forecastCache = new Map<string, SeriesForecast>();
const CACHE_MAX = 500;

/** forecastSeries, cached per (series, parameters, values). */
function cachedForecast(
	obs: ObservedSeries,
	h: number,
	method: string
): { f: SeriesForecast } | { error: string } {
	const key = [
		obs.region ?? 'KZ',
		obs.series,
		h,
		method,
		obs.years[0],
		obs.breaks.join('+'),
		seriesHash(obs.values)
	].join('|');
	const hit = forecastCache.get(key);
	if (hit) return { f: hit };
	try {
		const f = forecastSeries(obs.values, {
			period: 1,
			h,
			method,
			// the COVID-19 pulse restarts nothing, but a fit across it gets a note (breaks.ts)
			breaks: [...obs.breaks, 'covid-2020'],
			periodStarts: obs.years.map((y) => `${y}-01-01`)
		});
		if (forecastCache.size >= CACHE_MAX)
			forecastCache.delete(forecastCache.keys().next().value as string);
		forecastCache.set(key, f);
		return { f };
	} catch (e) {
		if (e instanceof RangeError) return { error: e.message };
		throw e;
	}
}

/** Years left for fitting after the breaks that apply (annual periods start on 1 January). */
function yearsAfterBreaks(obs: ObservedSeries): number[] {
	const starts = obs.years.map((y) => `${y}-01-01`);
	// The first whole year on or after every applicable break (a break inside a year
	// starts the fit at the next year) — the library applies the same rule.
	const dates = obs.breaks.map((id) =>
		id === 'codes-2015'
			? '2015-01-01'
			: id === 'regions-2018'
				? REFORM_2018
				: id === 'regions-2022'
					? REFORM_2022
					: '0000'
	);
	const from = dates.sort()[dates.length - 1];
	return obs.years.filter((_, i) => starts[i] >= from);
}

/** The forecast of (region, series) with h and method from the query. */
export async function computeForecast(q: ViewQuery, tr: Translator): Promise<ForecastResult> {
	const observed = await observedSeries(q.region ?? null, q.series);
	const usable = yearsAfterBreaks(observed);
	if (usable.length < MIN_YEARS) {
		const range = !usable.length
			? '—'
			: usable.length === 1
				? String(usable[0])
				: `${usable[0]}–${usable[usable.length - 1]}`;
		return {
			observed,
			forecast: null,
			fan: null,
			refusal: `${tr.t('fc.short')} ${usable.length} (${range}); ${tr.t('fc.need')} ${MIN_YEARS}.`
		};
	}
	const res = cachedForecast(observed, q.h, q.method);
	if ('error' in res) return { observed, forecast: null, fan: null, refusal: res.error };
	const last = observed.years[observed.years.length - 1];
	const future = Array.from({ length: q.h }, (_, k) => String(last + k + 1));
	const fan = fanData(
		res.f,
		observed.years.map((y) => String(y)),
		future
	);
	return { observed, forecast: res.f, fan, refusal: null };
}

/** The series' name in the page language. */
export function seriesLabel(series: string, tr: Translator): string {
	if (series.startsWith('ch')) return chapterTitle(series.slice(2), tr.lang);
	return tr.t(`ind.${GROUP_OF[series] ?? 'all'}` as MessageKey);
}

/** Fitted years, series hash and the lineage, in the page language. */
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

async function forecastSource(
	r: ForecastResult,
	tr: Translator,
	q: ViewQuery
): Promise<SourceInfo> {
	const o = r.observed;
	const src = await sourceInfo({
		forms: o.forms,
		regions: q.region ? tr.region(q.region) : tr.t('label.country'),
		period: o.years.length ? `${o.years[0]}–${o.years[o.years.length - 1]}` : ''
	});
	return { ...src, synthetic: src.synthetic || o.synthetic };
}

const FORECAST_KEYS: (keyof ViewQuery)[] = ['region', 'series', 'h', 'method'];

export async function forecastSeriesDataset(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const r = await computeForecast(q, tr);
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
		chartRows,
		chart: o.years.length ? { kind: 'forecastFan', yLabel: tr.t('ind.count') } : undefined,
		note: [
			tr.t('fc.caveat'),
			f && `${tr.t('fc.method')}: ${f.method} — ${f.description}.`,
			provenanceLine(r, tr) && `${provenanceLine(r, tr)}.`,
			r.refusal,
			f?.notes.length ? `${tr.t('fc.notes_en')}: ${f.notes.join('; ')}.` : ''
		]
			.filter(Boolean)
			.join(' '),
		source: await forecastSource(r, tr, q),
		query: toQueryString(q, FORECAST_KEYS)
	};
}

/** The model card: every candidate's backtest, the chosen method, why, and coverage. */
export async function forecastCardDataset(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const r = await computeForecast(q, tr);
	const f = r.forecast;
	const source = await forecastSource(r, tr, q);
	const rows: Row[] = (f?.backtest.byMethod ?? []).map((m) => ({
		method: m.method,
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
					`${tr.t('fc.chosen')}: ${f.method} (${q.method === 'auto' ? tr.t('fc.method_auto') : q.method}). ${tr.t('fc.reason')}: ${f.reason}.`,
					`${tr.t('fc.coverage')} (${f.backtest.origins} ${tr.t('fc.origins')}): ${cov}.`,
					`${provenanceLine(r, tr)}.`,
					f.notes.length ? `${tr.t('fc.notes_en')}: ${f.notes.join('; ')}.` : '',
					source.synthetic ? `${tr.t('label.synthetic')}.` : ''
				]
					.filter(Boolean)
					.join(' ')
			: (r.refusal ?? undefined),
		source,
		query: toQueryString(q, FORECAST_KEYS)
	};
}
