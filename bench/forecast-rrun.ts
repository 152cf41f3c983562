// Runs bench/forecast-r.R on the same splits and turns its CSV into forecasts the TS scorer
// reads, so that R's and our figures come from one harness in one run.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { SeriesForecast } from '../src/lib/forecast/types.ts';
import type { Split } from './forecast-eval.ts';

export function rAvailable(): boolean {
	const r = spawnSync('Rscript', ['-e', 'suppressMessages(library(forecast))'], {
		stdio: 'ignore'
	});
	return r.status === 0;
}

export interface RResult {
	forecasts: Record<string, SeriesForecast[]>;
	seconds: Record<string, number>;
}

export function runR(
	name: string,
	splits: Split[],
	period: number,
	h: number,
	outDir: string,
	methods = 'ets,arima,theta'
): RResult {
	fs.mkdirSync(outDir, { recursive: true });
	const train = path.join(outDir, `r-in-${name}.csv`);
	const out = path.join(outDir, `r-out-${name}.csv`);
	const lines = ['series,t,value'];
	splits.forEach((s, i) => s.x.forEach((v, t) => lines.push(`s${i},${t + 1},${v}`)));
	fs.writeFileSync(train, lines.join('\n') + '\n');
	execFileSync(
		'Rscript',
		[
			path.resolve(import.meta.dirname, 'forecast-r.R'),
			train,
			String(h),
			String(period),
			out,
			methods
		],
		{ stdio: ['ignore', 'ignore', 'inherit'] }
	);
	const rows = fs
		.readFileSync(out, 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
	const seconds: Record<string, number> = {};
	const acc: Record<
		string,
		Map<number, { mean: number[]; lo80: number[]; hi80: number[]; lo95: number[]; hi95: number[] }>
	> = {};
	for (const [series, method, hh, mean, lo80, hi80, lo95, hi95] of rows) {
		if (method.startsWith('time:')) {
			seconds[method.slice(5)] = Number(mean);
			continue;
		}
		const i = Number(series.slice(1));
		acc[method] ??= new Map();
		const r = acc[method].get(i) ?? { mean: [], lo80: [], hi80: [], lo95: [], hi95: [] };
		const k = Number(hh) - 1;
		r.mean[k] = Number(mean);
		r.lo80[k] = Number(lo80);
		r.hi80[k] = Number(hi80);
		r.lo95[k] = Number(lo95);
		r.hi95[k] = Number(hi95);
		acc[method].set(i, r);
	}
	const forecasts: Record<string, SeriesForecast[]> = {};
	for (const [m, map] of Object.entries(acc))
		forecasts[`R ${m}`] = splits.map((_, i) => {
			const r = map.get(i)!;
			return {
				method: m,
				reason: '',
				description: '',
				mean: r.mean,
				levels: [80, 95],
				lower: [r.lo80, r.lo95],
				upper: [r.hi80, r.hi95],
				backtest: { mase: NaN, smape: NaN, coverage: {}, byMethod: [], origins: 0 },
				fittedOn: { startAt: 0, n: 0, hash: '' },
				notes: []
			};
		});
	// the equal-weight mean of the three (points only; intervals averaged)
	const names = Object.keys(forecasts);
	if (names.length > 1)
		forecasts['R mean of 3'] = splits.map((_, i) => {
			const fs_ = names.map((n) => forecasts[n][i]);
			const avg = (pick: (f: SeriesForecast) => number[]) =>
				pick(fs_[0]).map((_, k) => fs_.reduce((s, f) => s + pick(f)[k], 0) / fs_.length);
			return {
				...fs_[0],
				method: 'mean3',
				mean: avg((f) => f.mean),
				lower: [avg((f) => f.lower[0]), avg((f) => f.lower[1])],
				upper: [avg((f) => f.upper[0]), avg((f) => f.upper[1])]
			};
		});
	return { forecasts, seconds };
}
