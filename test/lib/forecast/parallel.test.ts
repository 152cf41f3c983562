// forecastBatchParallel: real worker threads, compared with the single-thread pipeline on the
// same batch (the results must be identical, not merely close), and its failure cases.
import { describe, expect, it } from 'vitest';
import { forecastBatch } from '../../../src/lib/forecast/batch';
import { forecastBatchParallel } from '../../../src/lib/forecast/node/parallel';

function batch(n: number, len: number, seed = 7): number[][] {
	let s = seed;
	const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
	return Array.from({ length: n }, () => {
		const y = [500 * (0.5 + rnd())];
		for (let t = 1; t < len; t++) y.push(Math.max(1, y[t - 1] * (1 + 0.03 * (rnd() - 0.4))));
		return y;
	});
}

describe('forecastBatchParallel', () => {
	it('gives exactly the single-thread result on two threads (annual, all methods)', async () => {
		const series = batch(45, 11);
		const serial = forecastBatch(series, { period: 1, h: 3 });
		const par = await forecastBatchParallel(series, { period: 1, h: 3 }, 'series', true, {
			threads: 2,
			minSeries: 0
		});
		// 45 ≥ 20 series: the calibration is pooled across both threads' backtests
		expect(par.calibration).toEqual(serial.calibration);
		expect(par.pooled).toEqual(serial.pooled);
		expect(par.auto).toEqual(serial.auto);
		expect(Object.keys(par.methods)).toEqual(Object.keys(serial.methods));
		expect(par.methods.ets).toEqual(serial.methods.ets);
		expect(par.auto).toHaveLength(45);
	});
	it('pooled selection and fast mode match too', async () => {
		const series = batch(24, 12, 11);
		const opts = { period: 1, h: 2, fast: true };
		const serial = forecastBatch(series, opts, 'pooled', false);
		const par = await forecastBatchParallel(series, opts, 'pooled', false, {
			threads: 3,
			minSeries: 0
		});
		expect(par.auto).toEqual(serial.auto);
	});
	it('rejects a missing value before starting threads, naming the series and position', async () => {
		const series = batch(30, 10);
		series[4][6] = NaN;
		await expect(
			forecastBatchParallel(series, { period: 1, h: 2 }, 'series', false, {
				threads: 2,
				minSeries: 0
			})
		).rejects.toThrow(/series 5, value 7 is NaN; fill or drop/);
	});
	it('runs small batches on the calling thread', async () => {
		const series = batch(5, 10);
		const par = await forecastBatchParallel(series, { period: 1, h: 2 });
		expect(par.auto).toEqual(forecastBatch(series, { period: 1, h: 2 }).auto);
	});
});
