// Rows for fan charts and exports: one row per future period with the mean and the 80/95 %
// bounds, plus the provenance every forecast must carry (method, fitted data range and hash).

import type { SeriesForecast } from './types';

export interface FanRow {
	/** Label of the future period (e.g. '2025' or '2025-03'). */
	period: string;
	h: number;
	mean: number;
	lo80: number | null;
	hi80: number | null;
	lo95: number | null;
	hi95: number | null;
}

export interface FanData {
	rows: FanRow[];
	method: string;
	/** Period labels of the data the forecast was fitted on (first and last). */
	fittedFrom: string;
	fittedTo: string;
	hash: string;
	notes: string[];
}

/**
 * `periods` are the labels of the observed series (same length as the series passed to
 * forecastSeries); `future` are the labels of the forecast periods (at least h of them).
 */
export function fanData(
	f: SeriesForecast,
	periods: readonly string[],
	future: readonly string[]
): FanData {
	if (future.length < f.mean.length)
		throw new RangeError(
			`fanData: ${f.mean.length} forecast periods but only ${future.length} labels`
		);
	const at = (level: number, side: 'lower' | 'upper', k: number) => {
		const i = f.levels.indexOf(level);
		return i < 0 ? null : f[side][i][k];
	};
	const start = f.fittedOn.startAt;
	return {
		rows: f.mean.map((mean, k) => ({
			period: future[k],
			h: k + 1,
			mean,
			lo80: at(80, 'lower', k),
			hi80: at(80, 'upper', k),
			lo95: at(95, 'lower', k),
			hi95: at(95, 'upper', k)
		})),
		method: f.method,
		fittedFrom: periods[start] ?? '',
		fittedTo: periods[start + f.fittedOn.n - 1] ?? '',
		hash: f.fittedOn.hash,
		notes: f.notes
	};
}
