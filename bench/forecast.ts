// Forecast bench (issue #4): rolling-origin evaluation on NSW monthly crime, the M3 yearly
// (full and last-10) and monthly sets, the Bureau's population by region, with R's forecast
// package on the same splits in the same run, and the 10,000-series speed figure.
//   npm run bench:forecast [-- --sets nsw,m3y,m3y10,m3m,pop,speed] [--no-r] [--r-monthly]

import path from 'node:path';
import { forecastBatch } from '../src/lib/forecast/forecast.ts';
import { MODELS } from '../src/lib/forecast/registry.ts';
import { m3, nsw, population } from './forecast-data.ts';
import { evaluate, printScores, scoreForecasts, type Score, type Split } from './forecast-eval.ts';
import { rAvailable, runR } from './forecast-rrun.ts';

const argv = process.argv.slice(2);
const flag = (f: string) => argv.includes(f);
const setsArg = argv[argv.indexOf('--sets') + 1];
const sets =
	argv.includes('--sets') && setsArg
		? setsArg.split(',')
		: ['nsw', 'm3y', 'm3y10', 'm3m', 'pop', 'speed'];
const withR = !flag('--no-r') && rAvailable();
const OUT = path.resolve(import.meta.dirname, 'out');

interface SetDef {
	key: string;
	title: string;
	splits: () => Split[];
	period: number;
	h: number;
	r: boolean;
	published?: string;
}

const DEFS: SetDef[] = [
	{
		key: 'nsw',
		title: 'NSW monthly crime, 21 series × origins 2017-12, 2018-12, 2019-12, h = 24',
		splits: () => nsw(),
		period: 12,
		h: 24,
		r: true,
		published:
			'R measured (train to 2021): MASE thetaf 2.467, ets 2.792, snaive 3.232, auto.arima 3.567'
	},
	{
		key: 'm3y',
		title: 'M3 yearly, 645 series, h = 6',
		splits: () => m3('yearly'),
		period: 1,
		h: 6,
		r: true,
		published:
			'R 8.20: ets 17.00/2.860, arima 17.10/2.959, theta 16.76/2.774, mean of 3 16.03/2.688; M3: RBF 16.42, ForcX 16.48, THETA 16.97. Goal sMAPE ≤ 16.0, MASE ≤ 2.68'
	},
	{
		key: 'm3y10',
		title: 'M3 yearly, last 10 points, h = 3',
		splits: () => m3('yearly', 10, 3),
		period: 1,
		h: 3,
		r: true,
		published:
			'R 8.20: drift MASE 1.505, mean of 3 1.630, ets 1.750, theta 1.657; R 80 % cov 0.62–0.74, 95 % 0.78–0.89. Goal MASE ≤ 1.50, cov80 0.75–0.85, cov95 ≥ 0.90'
	},
	{
		key: 'm3m',
		title: 'M3 monthly, 1,428 series, h = 18',
		splits: () => m3('monthly'),
		period: 12,
		h: 18,
		r: flag('--r-monthly'),
		published:
			'R 8.20: ets 14.14/0.865 (cov95 0.92), arima 15.02/0.868, theta 13.86/0.864, mean of 3 13.53/0.828; M3 THETA 13.89/0.858, ForecastPro 13.90/0.848'
	},
	{
		key: 'pop',
		title: 'Population by region (BNS), last 10 years before 2017…2020, h = 3',
		splits: () => population(),
		period: 1,
		h: 3,
		r: true
	}
];

function runSet(d: SetDef): void {
	const splits = d.splits();
	const ours = evaluate(splits, d.period, d.h);
	const all: Score[] = [...ours];
	let rSeconds = NaN;
	let rTimes: Record<string, number> | null = null;
	if (withR && d.r) {
		const r = runR(d.key, splits, d.period, d.h, OUT);
		rSeconds = Object.values(r.seconds).reduce((a, b) => a + b, 0);
		rTimes = r.seconds;
		for (const [m, fcs] of Object.entries(r.forecasts)) {
			const key = m.replace('R ', '');
			all.push(
				scoreForecasts(
					splits,
					fcs,
					d.period,
					m,
					key in r.seconds ? r.seconds[key] : key === 'mean of 3' ? rSeconds : NaN
				)
			);
		}
	}
	printScores(`${d.title} (${splits.length} splits)`, all);
	if (d.published) console.log(`  reference: ${d.published}`);
	const auto = ours[0];
	const rs = all.filter((s) => s.method.startsWith('R '));
	if (rs.length && rTimes) {
		// like for like: one ETS (AICc over the family) and one Theta fit per split, no backtests
		const t0 = performance.now();
		for (const s of splits) {
			MODELS.ets.fit(s.x, { period: d.period }).mean(d.h);
			MODELS.theta.fit(s.x, { period: d.period }).mean(d.h);
		}
		const same = (performance.now() - t0) / 1000;
		const rSame = (rTimes.ets ?? NaN) + (rTimes.theta ?? NaN);
		console.log(
			`  same work (ets + theta fits, no backtests): R ${rSame.toFixed(2)} s, ours ${same.toFixed(2)} s → ${(rSame / same).toFixed(1)}×`
		);
	}
	if (rs.length) {
		const best = rs.reduce((a, b) => (b.mase < a.mase ? b : a));
		console.log(
			`  ratio ours/R: auto MASE / best R (${best.method}) = ${(auto.mase / best.mase).toFixed(3)}; sMAPE ${(auto.smape / best.smape).toFixed(3)}; time R/ours = ${(rSeconds / auto.seconds).toFixed(1)}× (ours ${auto.seconds.toFixed(2)} s incl. rolling-origin backtests of ${ours.length - 1} methods, R ${rSeconds.toFixed(2)} s for ets+auto.arima+thetaf)`
		);
	}
	console.log(
		`  goal check: cov80 ${auto.cov80.toFixed(3)} (0.75–0.85: ${auto.cov80 >= 0.75 && auto.cov80 <= 0.85 ? 'yes' : 'NO'}), cov95 ${auto.cov95.toFixed(3)} (≥ 0.90: ${auto.cov95 >= 0.9 ? 'yes' : 'NO'})`
	);
}

function speed(): void {
	let seed = 42;
	const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	const series = Array.from({ length: 10000 }, () => {
		const y = [1000 * (0.5 + rnd())];
		for (let t = 1; t < 12; t++) y.push(Math.max(1, y[t - 1] * (1 + 0.02 + 0.08 * (rnd() - 0.5))));
		return y;
	});
	for (const fast of [false, true]) {
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		const res = forecastBatch(series, { period: 1, h: 3, fast }, 'series', false);
		const s = (performance.now() - t0) / 1000;
		const cpu = process.cpuUsage(c0).user / 1e6;
		console.log(
			`\nSpeed${fast ? ' (fast: ETS form fixed across origins)' : ''}: 10,000 annual series of 12 points, backtests of ${res.pooled.length} methods at ${res.pooled[0].n / 10000} origins + conformal + final fit: ${s.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU (goal ≤ 10 s; machine shared, indicative)`
		);
	}
}

console.log(
	`Forecast bench — R forecast ${withR ? 'present' : 'absent (R columns skipped)'}; ${new Date().toISOString()}`
);
for (const d of DEFS) if (sets.includes(d.key)) runSet(d);
if (sets.includes('speed')) speed();
