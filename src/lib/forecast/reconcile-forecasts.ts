// Coherent forecasts for the dashboard: reconciles the means of per-node SeriesForecasts
// (country, regions; chapters, articles) and shifts each node's bands by its adjustment, so the
// national forecast equals the sum of the regional ones. wls_var weights come from the width
// of each node's own 95 % interval at h = 1 (a variance proxy learned from its backtests).

import type { SeriesForecast } from './types';
import { bottomUp, minTrace, type Hierarchy } from './reconcile';

export type ReconcileMethod = 'bottom_up' | 'wls_struct' | 'wls_var';

export function reconcileForecasts(
	h: Hierarchy,
	forecasts: Record<string, SeriesForecast>,
	method: ReconcileMethod = 'wls_struct'
): Record<string, SeriesForecast> {
	for (const n of h.nodes)
		if (!forecasts[n]) throw new RangeError(`reconcile: no forecast for node "${n}"`);
	const base = Object.fromEntries(h.nodes.map((n) => [n, forecasts[n].mean]));
	let rec: Record<string, number[]>;
	if (method === 'bottom_up') rec = bottomUp(h, base);
	else if (method === 'wls_struct') rec = minTrace(h, base, 'wls_struct');
	else {
		const variances: Record<string, number> = {};
		for (const n of h.nodes) {
			const f = forecasts[n];
			const i = Math.max(0, f.levels.indexOf(95));
			const sd = (f.upper[i][0] - f.lower[i][0]) / (2 * 1.96);
			variances[n] = Math.max(sd * sd, 1e-9);
		}
		rec = minTrace(h, base, 'wls_var', variances);
	}
	const out: Record<string, SeriesForecast> = {};
	for (const n of h.nodes) {
		const f = forecasts[n];
		const nonNeg = f.mean.every((v) => v >= 0) && f.lower.every((r) => r.every((v) => v >= 0));
		const adj = rec[n].map((v, k) => v - f.mean[k]);
		const fl = (v: number) => (nonNeg ? Math.max(0, v) : v);
		out[n] = {
			...f,
			mean: rec[n].map(fl),
			lower: f.lower.map((r) => r.map((v, k) => fl(v + adj[k]))),
			upper: f.upper.map((r) => r.map((v, k) => fl(v + adj[k]))),
			notes: [
				...f.notes,
				`reconciled (${method}): mean adjusted by ${adj.map((a) => a.toFixed(1)).join(', ')}`
			]
		};
	}
	return out;
}
