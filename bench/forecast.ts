// Forecast bench (issue #4): rolling-origin evaluation on NSW monthly crime, the M3 yearly
// (full and last-10) and monthly sets, Kazakhstan's annual series from a warehouse built from
// ../shared/data (national published totals, the synthetic regional demo panel, the Bureau's
// population by region), with R's forecast package on the same splits in the same run, and the
// 10,000-series speed figure. Writes bench/out/forecast-results.json (notebooks/README.md), or
// bench/out/forecast-speed.json for a run of the speed set alone.
//   npm run bench:forecast [-- --sets nsw,m3y,m3y10,m3m,kz,pop,speed] [--no-r] [--r-monthly] [--save]
// --save also writes bench/results/forecast-results.json (the committed copy of a named run).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FAST_MIN_SERIES } from '../src/lib/forecast/batch.ts';
import { forecastBatchParallel } from '../src/lib/forecast/node/parallel.ts';
import { MODELS } from '../src/lib/forecast/registry.ts';
import { m3, nsw } from './forecast-data.ts';
import {
	evaluate,
	printScores,
	scoreForecasts,
	type AroundBreak,
	type Score,
	type Split
} from './forecast-eval.ts';
import { kzAnnual, type KzSets } from './forecast-kz.ts';
import { rAvailable, runR } from './forecast-rrun.ts';

const argv = process.argv.slice(2);
const flag = (f: string) => argv.includes(f);
const setsArg = argv[argv.indexOf('--sets') + 1];
const ALL_SETS = ['nsw', 'm3y', 'm3y10', 'm3m', 'kz', 'pop', 'speed'];
const sets = argv.includes('--sets') && setsArg ? setsArg.split(',') : ALL_SETS;
for (const s of sets)
	if (!ALL_SETS.includes(s))
		throw new Error(`--sets: unknown set "${s}"; known: ${ALL_SETS.join(', ')}`);
const withR = !flag('--no-r') && rAvailable();
const OUT = path.resolve(import.meta.dirname, 'out');
const RESULTS = path.resolve(import.meta.dirname, 'results');

let kzCache: Promise<KzSets> | null = null;
const kz = () => (kzCache ??= kzAnnual());

interface SetDef {
	key: string;
	/** Suite id in the output file (notebooks/README.md). */
	id: string;
	title: string;
	splits: () => Promise<Split[]> | Split[];
	period: number;
	h: number;
	r: boolean;
	origins?: string[];
	synthetic?: boolean;
	note?: () => Promise<string> | string;
	published?: string;
	/** First test period ('YYYY-MM') of a break inside the test windows: coverage is also split there. */
	breakFrom?: string;
}

const DEFS: SetDef[] = [
	{
		key: 'nsw',
		id: 'nsw-monthly',
		title: 'NSW monthly recorded offences, 21 series × origins 2017-12, 2018-12, 2019-12, h = 24',
		splits: () => nsw(),
		period: 12,
		h: 24,
		r: true,
		origins: ['2017-12', '2018-12', '2019-12'],
		// COVID-19 restrictions in NSW began in March 2020
		breakFrom: '2020-03',
		note: () =>
			'one batch (pooled calibration) per origin; the 2019-12 test window is the COVID-19 break',
		published:
			'R measured (train to 2021): MASE thetaf 2.467, ets 2.792, snaive 3.232, auto.arima 3.567'
	},
	{
		key: 'm3y',
		id: 'm3-yearly',
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
		id: 'm3-yearly-last10',
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
		id: 'm3-monthly',
		title: 'M3 monthly, 1,428 series, h = 18',
		splits: () => m3('monthly'),
		period: 12,
		h: 18,
		r: flag('--r-monthly'),
		published:
			'R 8.20: ets 14.14/0.865 (cov95 0.92), arima 15.02/0.868, theta 13.86/0.864, mean of 3 13.53/0.828; M3 THETA 13.89/0.858, ForecastPro 13.90/0.848'
	},
	{
		key: 'kz',
		id: 'kz-annual',
		title:
			'Kazakhstan, national registered criminal offences (published), expanding window from 6 years, h = 1..3',
		splits: async () => (await kz()).national,
		period: 1,
		h: 3,
		r: true,
		note: async () => (await kz()).notes.national
	},
	{
		key: 'kz',
		id: 'kz-annual-regional-synthetic',
		title:
			'Kazakhstan by region, registered offences — SYNTHETIC demo panel, expanding window from 6 years, h = 1..3',
		splits: async () => (await kz()).regional,
		period: 1,
		h: 3,
		r: true,
		synthetic: true,
		note: async () => (await kz()).notes.regional
	},
	{
		key: 'pop',
		id: 'kz-population',
		title: 'Kazakhstan population by region (BNS), last 10 years before 2017…2020, h = 3',
		splits: async () => (await kz()).population,
		period: 1,
		h: 3,
		r: true,
		origins: ['2017', '2018', '2019', '2020'],
		note: async () => (await kz()).notes.population
	}
];

const pick = (s: Score) => ({
	method: s.method,
	smape: round(s.smape, 3),
	mase: round(s.mase, 4),
	cov80: round(s.cov80, 4),
	cov95: round(s.cov95, 4),
	winkler95: round(s.winkler95, 3),
	seconds: Number.isFinite(s.seconds) ? round(s.seconds, 3) : null,
	...(s.aroundBreak ? { aroundBreak: roundBreak(s.aroundBreak) } : {})
});
const roundBreak = (b: AroundBreak) => {
	const part = (p: AroundBreak['before']) => ({
		n: p.n,
		cov80: round(p.cov80, 4),
		cov95: round(p.cov95, 4)
	});
	return { from: b.from, before: part(b.before), after: part(b.after) };
};
const round = (v: number, d: number) => (Number.isFinite(v) ? Number(v.toFixed(d)) : null);

async function runSet(d: SetDef): Promise<Record<string, unknown>> {
	const splits = await d.splits();
	const ours = await evaluate(splits, d.period, d.h, undefined, 'series', d.breakFrom);
	const all: Score[] = [...ours];
	let rSeconds = NaN;
	let rTimes: Record<string, number> | null = null;
	const rScores: Score[] = [];
	if (withR && d.r) {
		const r = runR(d.id, splits, d.period, d.h, OUT);
		rSeconds = Object.values(r.seconds).reduce((a, b) => a + b, 0);
		rTimes = r.seconds;
		for (const [m, fcs] of Object.entries(r.forecasts)) {
			const key = m.replace('R ', '');
			const s = scoreForecasts(
				splits,
				fcs,
				d.period,
				m,
				key in r.seconds ? r.seconds[key] : key === 'mean of 3' ? rSeconds : NaN,
				d.breakFrom
			);
			all.push(s);
			rScores.push(s);
		}
	}
	printScores(`${d.title} (${splits.length} splits)`, all);
	if (d.synthetic) console.log('  SYNTHETIC data: a test of the pipeline, not of real forecasts');
	if (d.published) console.log(`  reference: ${d.published}`);
	const auto = ours[0];
	let sameWork: Record<string, number | null> | null = null;
	if (rScores.length && rTimes) {
		// like for like: one ETS (AICc over the family) and one Theta fit per split, no backtests
		const t0 = performance.now();
		for (const s of splits) {
			MODELS.ets.fit(s.x, { period: d.period }).mean(d.h);
			MODELS.theta.fit(s.x, { period: d.period }).mean(d.h);
		}
		const same = (performance.now() - t0) / 1000;
		const rSame = (rTimes.ets ?? NaN) + (rTimes.theta ?? NaN);
		sameWork = {
			rSeconds: round(rSame, 3),
			oursSeconds: round(same, 3),
			ratio: round(rSame / same, 1)
		};
		console.log(
			`  same work (ets + theta fits, no backtests): R ${rSame.toFixed(2)} s, ours ${same.toFixed(2)} s → ${(rSame / same).toFixed(1)}×`
		);
	}
	let best: Score | null = null;
	if (rScores.length) {
		best = rScores.reduce((a, b) => (b.mase < a.mase ? b : a));
		console.log(
			`  ratio ours/R: auto MASE / best R (${best.method}) = ${(auto.mase / best.mase).toFixed(3)}; sMAPE ${(auto.smape / best.smape).toFixed(3)}; time R/ours = ${(rSeconds / auto.seconds).toFixed(1)}× wall, ${(rSeconds / (auto.cpuSeconds ?? NaN)).toFixed(1)}× CPU (ours ${auto.seconds.toFixed(2)} s wall, ${(auto.cpuSeconds ?? NaN).toFixed(2)} s CPU incl. rolling-origin backtests of ${ours.length - 1} methods, R ${rSeconds.toFixed(2)} s for ets+auto.arima+thetaf)`
		);
	}
	console.log(
		`  goal check: cov80 ${auto.cov80.toFixed(3)} (0.75–0.85: ${auto.cov80 >= 0.75 && auto.cov80 <= 0.85 ? 'yes' : 'NO'}), cov95 ${auto.cov95.toFixed(3)} (≥ 0.90: ${auto.cov95 >= 0.9 ? 'yes' : 'NO'})`
	);
	const series = new Set(splits.map((s) => s.id.split('@')[0])).size;
	const groups = [...new Set(splits.map((s) => s.group).filter((g): g is string => !!g))];
	return {
		id: d.id,
		title: d.title,
		series,
		splits: splits.length,
		horizon: d.h,
		origins: d.origins ?? (groups.length ? groups : null),
		synthetic: d.synthetic ?? false,
		note: d.note ? await d.note() : null,
		scores: [
			{
				...pick(auto),
				chosen: auto.choices,
				byOrigin: Object.fromEntries(
					Object.entries(auto.byGroup ?? {}).map(([g, s]) => [g, pick(s)])
				)
			},
			...ours.slice(1).map(pick)
		],
		r: rScores.length ? rScores.map((s) => ({ ...pick(s), method: s.method.slice(2) })) : null,
		comparison: best
			? {
					bestR: best.method.slice(2),
					maseRatio: round(auto.mase / best.mase, 4),
					smapeRatio: round(auto.smape / best.smape, 4),
					timeRatio: round(rSeconds / auto.seconds, 1),
					timeRatioCpu: round(rSeconds / (auto.cpuSeconds ?? NaN), 1),
					oursSeconds: round(auto.seconds, 3),
					oursCpuSeconds: round(auto.cpuSeconds ?? NaN, 3),
					rSeconds: round(rSeconds, 3),
					sameWork
				}
			: null
	};
}

async function speed(): Promise<Record<string, unknown>[]> {
	let seed = 42;
	const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	const series = Array.from({ length: 10000 }, () => {
		const y = [1000 * (0.5 + rnd())];
		for (let t = 1; t < 12; t++) y.push(Math.max(1, y[t - 1] * (1 + 0.02 + 0.08 * (rnd() - 0.5))));
		return y;
	});
	const out: Record<string, unknown>[] = [];
	const modes = [
		{
			name: `default (worker threads, as the CLI runs; fast mode from ${FAST_MIN_SERIES} series)`,
			fast: undefined,
			threads: undefined
		},
		{
			name: 'ETS form re-selected at every origin (fast: false), worker threads',
			fast: false,
			threads: undefined
		},
		{ name: 'fast (ETS form fixed across origins), one thread', fast: true, threads: 1 }
	];
	for (const mode of modes) {
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		const res = await forecastBatchParallel(
			series,
			{ period: 1, h: 3, fast: mode.fast },
			'series',
			false,
			{ threads: mode.threads }
		);
		const s = (performance.now() - t0) / 1000;
		const c = process.cpuUsage(c0);
		const cpu = (c.user + c.system) / 1e6;
		console.log(
			`\nSpeed, ${mode.name}: 10,000 annual series of 12 points, backtests of ${res.pooled.length} methods at ${res.pooled[0].n / 10000} origins + conformal + final fit: ${s.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU (goal ≤ 10 s; machine shared, load ${os
				.loadavg()
				.map((v) => v.toFixed(1))
				.join(' ')})`
		);
		out.push({
			mode: mode.name,
			fast: mode.fast ?? series.length >= FAST_MIN_SERIES,
			threads: mode.threads ?? os.availableParallelism(),
			series: 10000,
			points: 12,
			methods: res.pooled.map((p) => p.method),
			wallSeconds: round(s, 2),
			cpuSeconds: round(cpu, 2),
			loadAverage: os.loadavg().map((v) => round(v, 2)),
			goalSeconds: 10
		});
	}
	return out;
}

function rVersion(): string | null {
	if (!withR) return null;
	try {
		return execFileSync(
			'Rscript',
			['-e', 'cat(R.version.string, "; forecast", as.character(packageVersion("forecast")))'],
			{ encoding: 'utf8' }
		).trim();
	} catch {
		return null;
	}
}

const started = new Date();
const load0 = os.loadavg();
console.log(
	`Forecast bench — R forecast ${withR ? 'present' : 'absent (R columns skipped)'}; ${started.toISOString()}; load ${load0.map((v) => v.toFixed(2)).join(' ')} on ${os.cpus().length} cores`
);
const suites: Record<string, unknown>[] = [];
for (const d of DEFS) if (sets.includes(d.key)) suites.push(await runSet(d));
const speedRuns = sets.includes('speed') ? await speed() : null;
const load1 = os.loadavg();
const results = {
	generatedAt: started.toISOString(),
	finishedAt: new Date().toISOString(),
	command: `npm run bench:forecast${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
	machine: {
		cores: os.cpus().length,
		node: process.version,
		loadAverageStart: load0.map((v) => round(v, 2)),
		loadAverageEnd: load1.map((v) => round(v, 2)),
		note: 'shared machine: other engineers were working during the run, timings are indicative'
	},
	r: withR ? { version: rVersion(), methods: ['ets', 'auto.arima', 'thetaf'] } : null,
	suites,
	speed: speedRuns
};
fs.mkdirSync(OUT, { recursive: true });
// a run of the speed set alone has no accuracy suites: it must not shadow the last accuracy run,
// which the forecast notebook reads from forecast-results.json (notebooks/README.md)
const file = path.join(OUT, suites.length ? 'forecast-results.json' : 'forecast-speed.json');
// formatted as the repository's Prettier config wants it (the --save copy is committed)
const prettier = await import('prettier');
const text = await prettier.format(JSON.stringify(results), {
	...((await prettier.resolveConfig(file)) ?? {}),
	filepath: file
});
fs.writeFileSync(file, text);
console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
if (flag('--save') && !suites.length)
	console.log('--save: not saved — a run without accuracy suites would replace the committed one');
else if (flag('--save')) {
	fs.mkdirSync(RESULTS, { recursive: true });
	const saved = path.join(RESULTS, 'forecast-results.json');
	fs.copyFileSync(file, saved);
	console.log(`wrote ${path.relative(process.cwd(), saved)}`);
}
