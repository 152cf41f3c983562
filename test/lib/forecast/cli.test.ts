// The batch command end to end on files in a temporary directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/lib/forecast/node/cli';
import { parseTrainCsv } from '../../../src/lib/forecast/node/batch-csv';
import { forecastBatch } from '../../../src/lib/forecast/batch';
import { defaultCandidates } from '../../../src/lib/forecast/choose-method';

describe('forecast CLI', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fc-'));
	const train = path.join(dir, 'train.csv');
	const out = path.join(dir, 'out.csv');
	const rows = ['series,t,value'];
	for (let t = 1; t <= 10; t++)
		rows.push(`up,${t},${100 + 5 * t}`, `"flat, odd",${t},${t % 2 ? 40 : 42}`);
	fs.writeFileSync(train, rows.join('\n'));
	it('writes every method plus auto for every series and horizon', async () => {
		const msg = await runCli(['--train', train, '--h', '3', '--freq', 'annual', '--out', out]);
		expect(msg).toMatch(/2 series/);
		const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
		expect(lines[0]).toBe('series,method,h,mean,lo80,hi80,lo95,hi95');
		// 2 series × (5 default annual methods + auto) × 3 horizons
		expect(lines).toHaveLength(1 + 2 * 6 * 3);
		const drift = lines.find((l) => l.startsWith('up,drift,2,'))!.split(',');
		// drift on 105..150: slope 5 → h = 2 gives 160
		expect(Number(drift[3])).toBeCloseTo(160, 6);
		expect(lines.some((l) => l.startsWith('"flat, odd",auto,1,'))).toBe(true);
	});
	it('names the line of a missing value', async () => {
		fs.writeFileSync(train, 'series,t,value\na,1,5\na,2,\n');
		await expect(
			runCli(['--train', train, '--h', '1', '--freq', '1', '--out', out])
		).rejects.toThrow(/line 3 .*fill or drop/);
	});
	it('spreads a large batch over worker threads with the same output as one thread', async () => {
		// 450 series ≥ PARALLEL_MIN_SERIES (400): the command runs forecastBatchParallel
		const big = ['series,t,value'];
		let s = 3;
		const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
		const ys: number[][] = [];
		for (let i = 0; i < 450; i++) {
			const y = [200 + 100 * rnd()];
			for (let t = 1; t < 8; t++) y.push(Math.round(y[t - 1] * (1 + 0.1 * (rnd() - 0.45))));
			ys.push(y);
			y.forEach((v, t) => big.push(`s${i},${t + 1},${v}`));
		}
		fs.writeFileSync(train, big.join('\n'));
		const msg = await runCli(['--train', train, '--h', '2', '--freq', 'annual', '--out', out]);
		expect(msg).toMatch(/450 series/);
		const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
		expect(lines).toHaveLength(1 + 450 * 6 * 2);
		const serial = forecastBatch(ys, { period: 1, h: 2, candidates: defaultCandidates(1) });
		const row = lines.find((l) => l.startsWith('s449,auto,2,'))!.split(',');
		expect(Number(row[3])).toBeCloseTo(serial.auto[449].mean[1], 6);
		expect(Number(row[7])).toBeCloseTo(serial.auto[449].upper[1][1], 6);
	});
	it('rejects gaps in t and a bad header', async () => {
		expect(() => parseTrainCsv('series,t,value\na,1,5\na,3,6\n')).toThrow(/t=2 is missing/);
		expect(() => parseTrainCsv('id,time,y\na,1,5\n')).toThrow(/header with columns series,t,value/);
		await expect(
			runCli(['--train', train, '--h', 'x', '--freq', '1', '--out', out])
		).rejects.toThrow(/--h must be/);
	});
});
