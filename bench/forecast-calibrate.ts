// Regenerates src/lib/forecast/calibration-defaults.ts: pooled split-conformal quantiles from
// rolling-origin backtests on M3 (yearly cut to the last 10 points, h = 3 extended to 6;
// monthly, h = 18), used when a single series is forecast without a batch to pool over.
//   npx tsx bench/forecast-calibrate.ts

import fs from 'node:fs';
import path from 'node:path';
import { backtestSeries } from '../src/lib/forecast/backtest.ts';
import { calibrate } from '../src/lib/forecast/conformal.ts';
import { defaultCandidates } from '../src/lib/forecast/choose-method.ts';

const root = path.resolve(import.meta.dirname, '..');
const bench = path.resolve(root, '../shared/data/benchmarks');
const load = (f: string): { x: number[] }[] =>
	JSON.parse(fs.readFileSync(path.join(bench, f), 'utf8'));

function table(series: number[][], period: number, h: number) {
	const methods = defaultCandidates(period);
	const bts = series.map((y) => backtestSeries(y, { period, h, methods }));
	const cal = calibrate(bts, [50, 80, 90, 95, 99]);
	for (const m of Object.keys(cal))
		for (const l of Object.keys(cal[m]))
			cal[m][l] = cal[m][l].map((v) => Math.round(v * 1e4) / 1e4);
	return cal;
}

const annual = table(
	load('m3_yearly.json').map((s) => s.x.slice(-10)),
	1,
	6
);
const monthly = table(
	load('m3_monthly.json').map((s) => s.x),
	12,
	18
);
const file = path.join(root, 'src/lib/forecast/calibration-defaults.ts');
const head = fs.readFileSync(file, 'utf8').split('export const')[0];
fs.writeFileSync(
	file,
	`${head}export const DEFAULT_CALIBRATION: Record<'annual' | 'monthly', Calibration> = ${JSON.stringify({ annual, monthly })};\n`
);
console.log(`wrote ${file}`);
