// Rolling-origin evaluation (time-series cross-validation) on the series itself: refit each
// method at several forecast origins, forecast ahead, and keep errors scaled by the training
// window's naive error. These records drive model selection and conformal intervals.

import { combine } from './combination';
import { fitEtsSpec, type EtsSpec } from './ets-core';
import { maseScale, smape } from './metrics';
import { comboMembers, getModel } from './registry';
import type { FittedModel } from './types';

export interface BacktestOptions {
	period: number;
	/** Longest horizon to evaluate. */
	h: number;
	methods: string[];
	/** Training lengths at which to forecast; default from `defaultOrigins`. */
	origins?: number[];
	/**
	 * ETS model form to refit at every origin (parameters re-estimated, form kept), usually the
	 * form AICc chose on the full series. Six times cheaper than re-selecting at each origin.
	 */
	etsSpec?: EtsSpec;
	/** Scale of the conformal scores: the full series' naive MAE (default) or each window's. */
	scoreScale?: 'series' | 'window';
}

/** Per method: scaled absolute errors by horizon, and per-origin MASE / sMAPE. */
export interface MethodBacktest {
	method: string;
	/** scores[k] = |actual - forecast| / scale for horizon k + 1, one entry per origin reaching it. */
	scores: number[][];
	mase: number[];
	smape: number[];
}

export type SeriesBacktest = Record<string, MethodBacktest>;

/** Annual: expanding window over the last 5 origins (from n = 6 at the earliest); monthly: every 6 months over the last 36. */
export function defaultOrigins(n: number, period: number): number[] {
	const out: number[] = [];
	if (period <= 1) {
		for (let o = Math.max(6, n - 5); o < n; o++) out.push(o);
	} else {
		// short seasonal histories still get one or two origins (seasonal models need 2m + 2 points)
		const first = Math.max(Math.min(2 * period + 2, n - 6), n - 36, 4);
		for (let o = first; o < n; o += Math.max(1, Math.floor(period / 2))) out.push(o);
	}
	return out;
}

/** Members of a combination method (name `a+b+c` or the registry `combo`). */
export function members(method: string, period = 1): string[] | null {
	if (method === 'combo') return comboMembers(period);
	if (method.includes('+')) return method.split('+');
	return null;
}

/** Fits `method` on y, reusing fits already in `cache` (combinations share their members). */
export function fitCached(
	y: readonly number[],
	period: number,
	method: string,
	cache: Map<string, FittedModel | null>,
	etsSpec?: EtsSpec
): FittedModel | null {
	if (cache.has(method)) return cache.get(method)!;
	let fit: FittedModel | null = null;
	const parts = members(method, period);
	// a fixed ETS form is refitted; if the window is too short for it, the form is re-selected
	if (method === 'ets' && etsSpec) fit = fitEtsSpec(y, etsSpec, period);
	if (fit) {
		// refitted with the given form
	} else if (parts) {
		const fits = parts
			.map((p) => fitCached(y, period, p, cache, etsSpec))
			.filter((f): f is FittedModel => !!f);
		fit = fits.length ? combine(method, fits) : null;
	} else {
		const model = getModel(method);
		if (y.length >= model.minLength(period)) {
			try {
				fit = model.fit(y, { period });
			} catch {
				fit = null;
			}
		}
	}
	cache.set(method, fit);
	return fit;
}

export function backtestSeries(y: readonly number[], opts: BacktestOptions): SeriesBacktest {
	const out: SeriesBacktest = {};
	for (const m of opts.methods)
		out[m] = { method: m, scores: Array.from({ length: opts.h }, () => []), mase: [], smape: [] };
	const fullScale = maseScale(y, opts.period) || Math.max(1e-9, Math.abs(y[y.length - 1]) * 0.01);
	for (const o of opts.origins ?? defaultOrigins(y.length, opts.period)) {
		if (o >= y.length || o < 2) continue;
		const train = y.slice(0, o);
		const test = y.slice(o, o + opts.h);
		const scale = maseScale(train, opts.period) || Math.max(1e-9, Math.abs(train[o - 1]) * 0.01);
		// conformal scores use the whole series' scale (the one the final interval is built on):
		// a scale from 5 or 6 differences is too noisy and would inflate the pooled quantiles
		const scoreScale = opts.scoreScale === 'window' ? scale : fullScale;
		const cache = new Map<string, FittedModel | null>();
		for (const m of opts.methods) {
			const fit = fitCached(train, opts.period, m, cache, opts.etsSpec);
			if (!fit) continue;
			const f = fit.mean(test.length).map((v) => (Number.isFinite(v) ? v : train[o - 1]));
			let abs = 0;
			for (let k = 0; k < test.length; k++) {
				const e = Math.abs(test[k] - f[k]);
				out[m].scores[k].push(e / scoreScale);
				abs += e;
			}
			out[m].mase.push(abs / test.length / scale);
			out[m].smape.push(smape(test, f));
		}
	}
	return out;
}
