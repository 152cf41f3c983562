// The scoring harness on real data: naive and drift on the 645 M3 yearly series must reproduce
// the figures measured with R forecast 8.20 (docs/forecasting.md: "Numbers measured on this
// machine": naive 17.88 / 3.172, drift 16.79 / 2.632, last-10 h = 3: naive MASE 1.877,
// drift MASE 1.505), which checks sMAPE, MASE scaling and the split handling together.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { drift } from '../../../src/lib/forecast/drift';
import { mase, maseScale, smape } from '../../../src/lib/forecast/metrics';
import { naive } from '../../../src/lib/forecast/naive';
import type { ForecastModel } from '../../../src/lib/forecast/types';

const file = path.resolve(process.cwd(), '../shared/data/benchmarks/m3_yearly.json');

function score(model: ForecastModel, last10: boolean) {
	if (!fs.existsSync(file)) throw new Error(`M3 data missing: ${file}`);
	const data: { x: number[]; xx: number[] }[] = JSON.parse(fs.readFileSync(file, 'utf8'));
	expect(data).toHaveLength(645);
	let s = 0;
	let m = 0;
	for (const d of data) {
		const x = last10 ? d.x.slice(-10) : d.x;
		const xx = last10 ? d.xx.slice(0, 3) : d.xx;
		const f = model.fit(x, { period: 1 }).mean(xx.length);
		s += smape(xx, f);
		m += mase(xx, f, maseScale(x, 1));
	}
	return { smape: s / data.length, mase: m / data.length };
}

describe('M3 yearly harness reproduces R forecast 8.20', () => {
	it('naive, full history, h = 6', () => {
		const r = score(naive, false);
		expect(r.smape).toBeCloseTo(17.88, 1);
		expect(r.mase).toBeCloseTo(3.172, 2);
	});
	it('drift, full history, h = 6', () => {
		const r = score(drift, false);
		expect(r.smape).toBeCloseTo(16.79, 1);
		expect(r.mase).toBeCloseTo(2.632, 2);
	});
	it('last 10 points, h = 3', () => {
		expect(score(naive, true).mase).toBeCloseTo(1.877, 2);
		expect(score(drift, true).mase).toBeCloseTo(1.505, 2);
	});
});
