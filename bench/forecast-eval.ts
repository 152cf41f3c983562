// Bench helper: forecasts a set of (history, test) pairs with every candidate method and the
// automatic choice, and scores them as M3 did: sMAPE, MASE, 80/95 % coverage, Winkler score.

import { forecastBatch, type SeriesForecast } from '../src/lib/forecast/forecast.ts';
import { coverage, mase, maseScale, smape, winkler } from '../src/lib/forecast/metrics.ts';

export interface Split {
	id: string;
	x: number[];
	xx: number[];
}

export interface Score {
	method: string;
	smape: number;
	mase: number;
	cov80: number;
	cov95: number;
	winkler95: number;
	seconds: number;
	/** For `auto`: how often each method was chosen. */
	choices?: string;
}

export function scoreForecasts(
	splits: Split[],
	fcs: SeriesForecast[],
	period: number,
	method: string,
	seconds: number
): Score {
	let sm = 0,
		ms = 0,
		c80 = 0,
		c95 = 0,
		w = 0,
		k = 0;
	splits.forEach((s, i) => {
		const f = fcs[i];
		const h = s.xx.length;
		const scale = maseScale(s.x, period);
		sm += smape(s.xx, f.mean.slice(0, h));
		ms += mase(s.xx, f.mean.slice(0, h), scale);
		const i80 = f.levels.indexOf(80);
		const i95 = f.levels.indexOf(95);
		c80 += coverage(s.xx, f.lower[i80], f.upper[i80]) * h;
		c95 += coverage(s.xx, f.lower[i95], f.upper[i95]) * h;
		w += winkler(s.xx, f.lower[i95].slice(0, h), f.upper[i95].slice(0, h), 95, scale);
		k += h;
	});
	const n = splits.length;
	return {
		method,
		smape: sm / n,
		mase: ms / n,
		cov80: c80 / k,
		cov95: c95 / k,
		winkler95: w / n,
		seconds
	};
}

export function evaluate(
	splits: Split[],
	period: number,
	h: number,
	candidates?: string[],
	selection: 'pooled' | 'series' = 'series'
): Score[] {
	const t0 = performance.now();
	const res = forecastBatch(
		splits.map((s) => s.x),
		{ period, h, candidates },
		selection
	);
	const secs = (performance.now() - t0) / 1000;
	const counts = new Map<string, number>();
	for (const f of res.auto) counts.set(f.method, (counts.get(f.method) ?? 0) + 1);
	const auto = scoreForecasts(splits, res.auto, period, 'auto', secs);
	auto.choices = [...counts]
		.sort((a, b) => b[1] - a[1])
		.map(([m, c]) => `${m} ${c}`)
		.join(', ');
	const out: Score[] = [auto];
	for (const [m, fcs] of Object.entries(res.methods))
		out.push(scoreForecasts(splits, fcs, period, m, NaN));
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
}
