/**
 * Convictions for every simulated year: published where there is a figure (up to the
 * calibration cutoff), the forecasting library's forecast after it. A draw follows one quantile
 * of the forecast's fan through all years (a path stays high or low: convictions that fall one
 * year do not bounce back by chance the next), read off the 80/95 % bounds piecewise-linearly.
 */
import { forecastSeries } from '../forecast';
import type { YearValue } from './types';

/** Annual convictions, their source and the forecast after the last published year. */
export interface ConvictionsPath {
	/** First year the forecast covers (the year after the last published figure used). */
	firstForecastYear: number;
	published: YearValue[];
	/** The forecast's point and bounds for firstForecastYear, firstForecastYear + 1, … */
	mean: number[];
	lo80: number[];
	hi80: number[];
	lo95: number[];
	hi95: number[];
	method: string;
	notes: string[];
}

/** The first year of the new Criminal Code: earlier convictions count under the old one. */
export const FIRST_CODE_YEAR = 2015;

/** Published convictions from 2015 up to `lastYear`, and a forecast through `endYear`. */
export function convictionsPath(
	all: readonly YearValue[],
	lastYear: number,
	endYear: number
): ConvictionsPath {
	const published = all.filter((c) => c.year >= FIRST_CODE_YEAR && c.year <= lastYear);
	for (let i = 1; i < published.length; i++)
		if (published[i].year !== published[i - 1].year + 1)
			throw new RangeError(
				`convictions: no published figure for ${published[i - 1].year + 1} (between ${published[i - 1].year} and ${published[i].year})`
			);
	if (published.length < 3)
		throw new RangeError(
			`convictions: ${published.length} published years from ${FIRST_CODE_YEAR} to ${lastYear}; the forecast needs at least 3`
		);
	const last = published[published.length - 1].year;
	const h = Math.max(1, endYear - last);
	const f = forecastSeries(
		published.map((c) => c.value),
		{ period: 1, h }
	);
	const i80 = f.levels.indexOf(80);
	const i95 = f.levels.indexOf(95);
	return {
		firstForecastYear: last + 1,
		published,
		mean: f.mean,
		lo80: f.lower[i80],
		hi80: f.upper[i80],
		lo95: f.lower[i95],
		hi95: f.upper[i95],
		method: f.method,
		notes: [
			`convictions from ${last + 1}: ${f.method} forecast of ${published[0].year}–${last} (${f.reason})`,
			...f.notes
		]
	};
}

/**
 * Convictions in `year` on the path at quantile u (0–1; 0.5 is the point forecast). The bounds
 * are the 2.5, 10, 90 and 97.5 % quantiles; beyond 95 % the 80→95 slope continues, never below 0.
 */
export function convictionsIn(p: ConvictionsPath, year: number, u = 0.5): number {
	const pub = p.published.find((c) => c.year === year);
	if (pub) return pub.value;
	if (year < p.firstForecastYear)
		throw new RangeError(`convictions: no published figure for ${year}`);
	const k = Math.min(year - p.firstForecastYear, p.mean.length - 1);
	const xs = [0.025, 0.1, 0.5, 0.9, 0.975];
	const ys = [p.lo95[k], p.lo80[k], p.mean[k], p.hi80[k], p.hi95[k]];
	let i = xs.findIndex((x) => u <= x);
	if (i <= 0) i = 1;
	if (u > xs[xs.length - 1]) i = xs.length - 1;
	const v = ys[i - 1] + ((ys[i] - ys[i - 1]) * (u - xs[i - 1])) / (xs[i] - xs[i - 1]);
	return Math.max(0, v);
}
