// Bench helper: forecasts a set of (history, test) pairs with every candidate method and the
// automatic choice, and scores them as M3 did: sMAPE, MASE, 80/95 % coverage, Winkler score.

import type { SeriesForecast } from '../src/lib/forecast/types.ts';
import { forecastBatchParallel } from '../src/lib/forecast/node/parallel.ts';
import { coverage, mase, maseScale, smape, winkler } from '../src/lib/forecast/metrics.ts';

export interface Split {
	/** Splits of one group (e.g. one origin) are forecast as one batch. */
	group?: string;
	id: string;
	x: number[];
	xx: number[];
	/** Period of each test point ('YYYY-MM'), where a set marks a break inside its test windows. */
	testPeriods?: string[];
}

/** Interval coverage of the test points before a break and from it on. */
export interface AroundBreak {
	from: string;
	before: { n: number; cov80: number; cov95: number };
	after: { n: number; cov80: number; cov95: number };
}

export interface Score {
	method: string;
	smape: number;
	mase: number;
	cov80: number;
	cov95: number;
	winkler95: number;
	seconds: number;
	/** For `auto`: process CPU seconds (all threads) of the whole pipeline. */
	cpuSeconds?: number;
	/** For `auto`: how often each method was chosen. */
	choices?: string;
	/** For `auto`: the scores of each group (origin) of splits. */
	byGroup?: Record<string, Score>;
	/** Where the set marks a break in its test windows (`breakFrom`). */
	aroundBreak?: AroundBreak;
}

export function scoreForecasts(
	splits: Split[],
	fcs: SeriesForecast[],
	period: number,
	method: string,
	seconds: number,
	breakFrom?: string
): Score {
	// sums over the splits (sMAPE, MASE, Winkler) and over the test points (coverage)
	const sum = { smape: 0, mase: 0, in80: 0, in95: 0, winkler95: 0, points: 0 };
	splits.forEach((s, i) => {
		const f = fcs[i];
		const h = s.xx.length;
		const scale = maseScale(s.x, period);
		sum.smape += smape(s.xx, f.mean.slice(0, h));
		sum.mase += mase(s.xx, f.mean.slice(0, h), scale);
		const i80 = f.levels.indexOf(80);
		const i95 = f.levels.indexOf(95);
		sum.in80 += coverage(s.xx, f.lower[i80], f.upper[i80]) * h;
		sum.in95 += coverage(s.xx, f.lower[i95], f.upper[i95]) * h;
		sum.winkler95 += winkler(s.xx, f.lower[i95].slice(0, h), f.upper[i95].slice(0, h), 95, scale);
		sum.points += h;
	});
	const n = splits.length;
	const score: Score = {
		method,
		smape: sum.smape / n,
		mase: sum.mase / n,
		cov80: sum.in80 / sum.points,
		cov95: sum.in95 / sum.points,
		winkler95: sum.winkler95 / n,
		seconds
	};
	if (breakFrom) score.aroundBreak = aroundBreak(splits, fcs, breakFrom);
	return score;
}

function aroundBreak(splits: Split[], fcs: SeriesForecast[], from: string): AroundBreak {
	// the test points of every split, before the break month and from it on, scored by coverage()
	const parts = { before: [[], [], [], [], []], after: [[], [], [], [], []] } as Record<
		'before' | 'after',
		number[][]
	>;
	splits.forEach((s, i) => {
		const f = fcs[i];
		if (!s.testPeriods) throw new Error(`split ${s.id}: a break needs the test periods`);
		const [i80, i95] = [f.levels.indexOf(80), f.levels.indexOf(95)];
		s.xx.forEach((v, k) => {
			const [y, lo80, hi80, lo95, hi95] = parts[s.testPeriods![k] < from ? 'before' : 'after'];
			y.push(v);
			lo80.push(f.lower[i80][k]);
			hi80.push(f.upper[i80][k]);
			lo95.push(f.lower[i95][k]);
			hi95.push(f.upper[i95][k]);
		});
	});
	const score = ([y, lo80, hi80, lo95, hi95]: number[][]) => ({
		n: y.length,
		cov80: coverage(y, lo80, hi80),
		cov95: coverage(y, lo95, hi95)
	});
	return { from, before: score(parts.before), after: score(parts.after) };
}

/**
 * Forecasts the splits with the default pipeline and scores the automatic choice and every
 * candidate. Splits with a `group` (e.g. the forecast origin) are forecast one batch per group,
 * so that the pooled calibration only sees data available at that origin. Large batches run on
 * worker threads (forecastBatchParallel: same results as forecastBatch).
 */
export async function evaluate(
	splits: Split[],
	period: number,
	h: number,
	candidates?: string[],
	selection: 'pooled' | 'series' = 'series',
	breakFrom?: string
): Promise<Score[]> {
	const groups = new Map<string, number[]>();
	splits.forEach((s, i) => {
		const g = s.group ?? '';
		groups.set(g, [...(groups.get(g) ?? []), i]);
	});
	const auto: SeriesForecast[] = new Array(splits.length);
	const methods: Record<string, SeriesForecast[]> = {};
	const t0 = performance.now();
	const c0 = process.cpuUsage();
	for (const idx of groups.values()) {
		const res = await forecastBatchParallel(
			idx.map((i) => splits[i].x),
			{ period, h, candidates },
			selection
		);
		idx.forEach((i, j) => {
			auto[i] = res.auto[j];
			for (const [m, fcs] of Object.entries(res.methods)) (methods[m] ??= [])[i] = fcs[j];
		});
	}
	const secs = (performance.now() - t0) / 1000;
	const cpu = process.cpuUsage(c0);
	const counts = new Map<string, number>();
	for (const f of auto) counts.set(f.method, (counts.get(f.method) ?? 0) + 1);
	const a = scoreForecasts(splits, auto, period, 'auto', secs, breakFrom);
	a.cpuSeconds = (cpu.user + cpu.system) / 1e6;
	a.choices = [...counts]
		.sort((x, y) => y[1] - x[1])
		.map(([m, c]) => `${m} ${c}`)
		.join(', ');
	a.byGroup = {};
	if (groups.size > 1)
		for (const [g, idx] of groups)
			a.byGroup[g] = scoreForecasts(
				idx.map((i) => splits[i]),
				idx.map((i) => auto[i]),
				period,
				'auto',
				NaN
			);
	const out: Score[] = [a];
	for (const [m, fcs] of Object.entries(methods))
		out.push(scoreForecasts(splits, fcs, period, m, NaN, breakFrom));
	return out;
}

export function printScores(title: string, scores: Score[]): void {
	console.log(`\n${title}`);
	console.log(
		'method'.padEnd(22) +
			'sMAPE'.padStart(8) +
			'MASE'.padStart(8) +
			'cov80'.padStart(7) +
			'cov95'.padStart(7) +
			'Winkler95'.padStart(10) +
			'sec'.padStart(8)
	);
	for (const s of scores)
		console.log(
			s.method.padEnd(22) +
				s.smape.toFixed(2).padStart(8) +
				s.mase.toFixed(3).padStart(8) +
				s.cov80.toFixed(2).padStart(7) +
				s.cov95.toFixed(2).padStart(7) +
				s.winkler95.toFixed(2).padStart(10) +
				(Number.isFinite(s.seconds) ? s.seconds.toFixed(2) : '').padStart(8)
		);
	const auto = scores.find((s) => s.choices);
	if (auto) console.log(`  auto chose: ${auto.choices}`);
	for (const [g, s] of Object.entries(auto?.byGroup ?? {}))
		console.log(
			`  auto, origin ${g}: sMAPE ${s.smape.toFixed(2)}, MASE ${s.mase.toFixed(3)}, cov80 ${s.cov80.toFixed(2)}, cov95 ${s.cov95.toFixed(2)}`
		);
	const marked = scores.filter((s) => s.aroundBreak);
	if (marked.length) {
		const { from, before, after } = marked[0].aroundBreak!;
		const fmt = (p: { cov80: number; cov95: number }) =>
			`${p.cov80.toFixed(2)}/${p.cov95.toFixed(2)}`;
		console.log(
			`  coverage 80/95 of test months before ${from} (${before.n}) | from ${from} (${after.n}): ${marked.map((s) => `${s.method} ${fmt(s.aroundBreak!.before)} | ${fmt(s.aroundBreak!.after)}`).join('; ')}`
		);
	}
}
