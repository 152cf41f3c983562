/**
 * Forecasts are computed per request from the observed series; a forecast is kept per
 * (warehouse generation, series, parameters, hash of the values), bounded. The values' hash
 * alone would be enough; the generation keeps the rule of every cache of the web tier (db.ts).
 */
import { forecastSeries, seriesHash, type SeriesForecast } from '../../forecast';
import { PULSES } from '../../domain/territory-breaks';
import { generationKey } from '../db';
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
		generationKey(),
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
