// Interval variants tried for issue #4 and not adopted (src/lib/forecast/README.md, "NSW
// coverage"): the pooled conformal scores the pipeline uses (A: |error| / the series' naive
// scale) against normalised scores (B: the same divided by the model's horizon shape, its
// forecast SD at h over its SD at h = 1, made non-decreasing) and, on NSW, against the built-in
// M3 tables (C). Prints coverage, mean 80 % width and Winkler scores (in units of the series'
// scale) per method and origin. One batch (pooled calibration) per origin, as bench:forecast.
//   npx tsx bench/forecast-interval-variants.ts nsw|m3m|m3y|m3y10 [methods]

import os from 'node:os';
import { defaultOrigins, fitCached } from '../src/lib/forecast/backtest.ts';
import { DEFAULT_CALIBRATION } from '../src/lib/forecast/calibration-defaults.ts';
import { quantilesFor } from '../src/lib/forecast/conformal.ts';
import { maseScale } from '../src/lib/forecast/metrics.ts';
import { conformalQuantile } from '../src/lib/forecast/stats.ts';
import type { FittedModel } from '../src/lib/forecast/types.ts';
import { m3, nsw } from './forecast-data.ts';
import type { Split } from './forecast-eval.ts';

const set = process.argv[2] ?? 'nsw';
const SETS: Record<string, () => Split[]> = {
	nsw: () => nsw(),
	m3m: () => m3('monthly'),
	m3y: () => m3('yearly'),
	m3y10: () => m3('yearly', 10, 3)
};
if (!SETS[set]) throw new Error(`unknown set "${set}"; known: ${Object.keys(SETS).join(', ')}`);
const period = set === 'nsw' || set === 'm3m' ? 12 : 1;
const methods = (
	process.argv[3] ?? (period > 1 ? 'combo,ets,theta,arima' : 'combo,ets,theta,drift')
).split(',');
const levels = [80, 95];
const variants = set === 'nsw' ? ['A', 'B', 'C'] : ['A', 'B'];

/** The model's SD at 1..h relative to h = 1, never falling (ones without a usable SD). */
function shape(fit: FittedModel, h: number): number[] {
	const sd = fit.sd(h);
	const s0 = sd[0];
	if (!(s0 > 0) || !Number.isFinite(s0)) return new Array<number>(h).fill(1);
	let prev = 1;
	return sd.map((v) => (prev = Number.isFinite(v) ? Math.max(prev, v / s0) : prev));
}

/** Per horizon: the pooled ⌈(1−α)(n+1)⌉-th score, non-decreasing; held beyond the pool. */
function quantiles(pool: number[][], level: number, h: number): number[] {
	const out: number[] = [];
	let prev = 0;
	for (let k = 0; k < h; k++) {
		if (pool[k]?.length)
			prev = Math.max(
				prev,
				conformalQuantile(
					pool[k].slice().sort((a, b) => a - b),
					level / 100
				)
			);
		out.push(prev);
	}
	return out;
}

interface Tally {
	n: number;
	inside: number[];
	width80: number;
	winkler: number[];
}
const tallies = new Map<string, Map<string, Tally>>(); // "method variant" → group → tally
const groups = new Map<string, Split[]>();
for (const s of SETS[set]())
	groups.set(s.group ?? 'all', [...(groups.get(s.group ?? 'all') ?? []), s]);
const t0 = performance.now();
console.log(
	`Interval variants — ${set}, ${methods.join(', ')}; load ${os
		.loadavg()
		.map((v) => v.toFixed(1))
		.join(' ')}`
);
for (const [group, splits] of groups) {
	const h = splits[0].xx.length;
	const pools: Record<string, Record<string, number[][]>> = { A: {}, B: {} };
	const finals: { m: string; mean: number[]; shape: number[]; scale: number; test: number[] }[] =
		[];
	for (const s of splits) {
		const scale = maseScale(s.x, period) || Math.max(1e-9, Math.abs(s.x[s.x.length - 1]) * 0.01);
		for (const o of defaultOrigins(s.x.length, period)) {
			const train = s.x.slice(0, o);
			const test = s.x.slice(o, o + h);
			const cache = new Map<string, FittedModel | null>();
			for (const m of methods) {
				const fit = fitCached(train, period, m, cache);
				if (!fit) continue;
				const f = fit.mean(test.length);
				const sh = shape(fit, test.length);
				test.forEach((v, k) => {
					const e = Math.abs(v - f[k]) / scale;
					((pools.A[m] ??= [])[k] ??= []).push(e);
					((pools.B[m] ??= [])[k] ??= []).push(e / sh[k]);
				});
			}
		}
		const cache = new Map<string, FittedModel | null>();
		for (const m of methods) {
			const fit = fitCached(s.x, period, m, cache)!;
			finals.push({ m, mean: fit.mean(h), shape: shape(fit, h), scale, test: s.xx });
		}
	}
	for (const variant of variants)
		for (const m of methods) {
			const qs = levels.map((l) =>
				variant === 'C'
					? quantilesFor(DEFAULT_CALIBRATION.monthly, m, l, h)!
					: quantiles(pools[variant][m], l, h)
			);
			const key = `${m} ${variant}`;
			const byGroup = tallies.get(key) ?? new Map<string, Tally>();
			tallies.set(key, byGroup);
			const t: Tally = { n: 0, inside: [0, 0], width80: 0, winkler: [0, 0] };
			byGroup.set(group, t);
			for (const f of finals.filter((x) => x.m === m))
				f.test.forEach((y, k) => {
					t.n++;
					levels.forEach((l, i) => {
						const half = qs[i][k] * f.scale * (variant === 'B' ? f.shape[k] : 1);
						const lo = Math.max(0, f.mean[k] - half);
						const hi = f.mean[k] + half;
						const a = 1 - l / 100;
						if (y >= lo && y <= hi) t.inside[i]++;
						if (i === 0) t.width80 += (hi - lo) / f.scale;
						t.winkler[i] +=
							(hi - lo + (y < lo ? (2 / a) * (lo - y) : 0) + (y > hi ? (2 / a) * (y - hi) : 0)) /
							f.scale;
					});
				});
		}
}
console.log(
	'A: pooled scaled errors (the pipeline); B: normalised by the model horizon shape; C: built-in M3 tables'
);
console.log(
	'method variant   cov80  cov95  width80  Winkler80  Winkler95   by group (cov80/cov95)'
);
for (const [key, byGroup] of tallies) {
	const all = [...byGroup.values()].reduce(
		(a, t) => ({
			n: a.n + t.n,
			inside: [a.inside[0] + t.inside[0], a.inside[1] + t.inside[1]],
			width80: a.width80 + t.width80,
			winkler: [a.winkler[0] + t.winkler[0], a.winkler[1] + t.winkler[1]]
		}),
		{ n: 0, inside: [0, 0], width80: 0, winkler: [0, 0] }
	);
	const parts = [...byGroup].map(
		([g, t]) => `${g} ${(t.inside[0] / t.n).toFixed(3)}/${(t.inside[1] / t.n).toFixed(3)}`
	);
	console.log(
		`${key.padEnd(15)} ${(all.inside[0] / all.n).toFixed(3)}  ${(all.inside[1] / all.n).toFixed(3)}  ${(all.width80 / all.n).toFixed(2).padStart(7)}  ${(all.winkler[0] / all.n).toFixed(2).padStart(9)}  ${(all.winkler[1] / all.n).toFixed(2).padStart(9)}   ${groups.size > 1 ? parts.join('  ') : ''}`
	);
}
console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
