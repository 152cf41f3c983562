/**
 * Forecasts are computed per request from the observed series; the warehouse does not change
 * while the server runs, so a forecast is kept per (series, parameters, hash of the values),
 * bounded.
 */
import { forecastSeries, seriesHash, type SeriesForecast } from '../../forecast';
import { PULSES } from '../../domain/territory-breaks';
import { yearStarts, type ObservedSeries } from './series';

const forecastCache = new Map<string, SeriesForecast>();
const CACHE_MAX = 500;

/** forecastSeries of the observed series, cached; the library's refusal as `error`. */
export function cachedForecast(
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
			// a pulse restarts nothing, but a fit across it gets a note (forecast/breaks.ts)
			breaks: [...obs.breaks, ...PULSES],
			periodStarts: yearStarts(obs)
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
