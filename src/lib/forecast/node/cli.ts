// Batch forecasting command for researchers, the bench and the checks:
//   npm run forecast -- --train TRAIN.csv --h H --freq F --out OUT.csv [--methods a,b] [--selection pooled|series]
// TRAIN has columns series,t,value; OUT gets series,method,h,mean,lo80,hi80,lo95,hi95 for every
// candidate method plus `auto` (the automatic choice).

import fs from 'node:fs';
import { defaultCandidates } from '../choose-method';
import { formatForecastCsv, parseTrainCsv, type OutRow } from './batch-csv';
import { forecastBatchParallel } from './parallel';

function args(argv: string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (let i = 0; i < argv.length; i++) {
		if (!argv[i].startsWith('--')) throw new Error(`unexpected argument "${argv[i]}"`);
		const v = argv[i + 1];
		if (v === undefined || v.startsWith('--')) throw new Error(`option ${argv[i]} needs a value`);
		out[argv[i].slice(2)] = v;
		i++;
	}
	return out;
}

const FREQ: Record<string, number> = {
	annual: 1,
	yearly: 1,
	y: 1,
	quarterly: 4,
	q: 4,
	monthly: 12,
	m: 12
};

export async function runCli(argv: string[]): Promise<string> {
	const a = args(argv);
	for (const req of ['train', 'h', 'freq', 'out'])
		if (!a[req])
			throw new Error(`missing --${req}; usage: --train TRAIN.csv --h H --freq F --out OUT.csv`);
	const h = Number(a.h);
	if (!Number.isInteger(h) || h < 1)
		throw new Error(`--h must be a positive integer, got "${a.h}"`);
	const period = FREQ[a.freq.toLowerCase()] ?? Number(a.freq);
	if (!Number.isInteger(period) || period < 1)
		throw new Error(`--freq must be 1, 4, 12 or annual/quarterly/monthly, got "${a.freq}"`);
	if (!fs.existsSync(a.train)) throw new Error(`--train ${a.train}: file not found`);
	const series = parseTrainCsv(fs.readFileSync(a.train, 'utf8'), a.train);
	const candidates = a.methods ? a.methods.split(',') : defaultCandidates(period);
	const selection = (a.selection ?? 'series') as 'pooled' | 'series';
	if (selection !== 'pooled' && selection !== 'series')
		throw new Error(`--selection must be pooled or series`);
	// large batches are spread over the cores (same results as forecastBatch)
	const res = await forecastBatchParallel(
		series.map((s) => s.y),
		{ period, h, candidates },
		selection
	);
	const rows: OutRow[] = [];
	series.forEach((s, i) => {
		rows.push({ ...res.auto[i], series: s.id, method: 'auto' });
		for (const m of candidates) rows.push({ ...res.methods[m][i], series: s.id, method: m });
	});
	fs.writeFileSync(a.out, formatForecastCsv(rows));
	return `${series.length} series × ${candidates.length + 1} methods × h=${h} → ${a.out} (auto: ${res.auto[0]?.method})`;
}

const isMain =
	typeof process !== 'undefined' &&
	process.argv[1] &&
	/forecast[/\\]node[/\\]cli\.ts$/.test(process.argv[1]);
if (isMain) {
	runCli(process.argv.slice(2)).then(
		(msg) => console.log(msg),
		(e) => {
			console.error(`forecast: ${(e as Error).message}`);
			process.exit(1);
		}
	);
}
