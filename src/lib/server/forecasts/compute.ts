/**
 * One forecast of (region, series) with h and method from the query: the observed series, the
 * library's forecast and its fan rows, or why there is none.
 */
import type { Translator } from '../../i18n';
import { fanData, type FanData, type SeriesForecast } from '../../forecast';
import type { ViewQuery } from '../params';
import { cachedForecast } from './cache';
import { MIN_YEARS, observedSeries, yearsAfterBreaks, type ObservedSeries } from './series';

export interface ForecastResult {
	observed: ObservedSeries;
	forecast: SeriesForecast | null;
	fan: FanData | null;
	/** Why there is no forecast (too short), in the page language. */
	refusal: string | null;
}

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
