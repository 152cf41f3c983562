// The public pipeline: invariants of the intervals, failure cases, low counts, breaks.
import { describe, expect, it } from 'vitest';
import { forecastBatch, forecastSeries } from '../../../src/lib/forecast/index';

const trend = [120, 131, 127, 140, 152, 149, 160, 171, 168, 180, 190, 188];

describe('forecastSeries', () => {
	const f = forecastSeries(trend, { period: 1, h: 3 });
	it('returns a method, a backtest table and the data fingerprint', () => {
		expect(f.mean).toHaveLength(3);
		expect(f.backtest.byMethod.map((m) => m.method)).toContain('drift');
		expect(f.backtest.byMethod.every((m) => m.n > 0)).toBe(true);
		expect(f.fittedOn).toMatchObject({ startAt: 0, n: 12 });
		expect(f.fittedOn.hash).toMatch(/^[0-9a-f]{8}$/);
		expect(f.notes.join(' ')).toMatch(/only 12 annual points/);
	});
	it('intervals are nested (95 % contains 80 %), contain the mean and widen with the horizon', () => {
		const [i80, i95] = [0, 1];
		for (let k = 0; k < 3; k++) {
			expect(f.lower[i95][k]).toBeLessThanOrEqual(f.lower[i80][k]);
			expect(f.upper[i95][k]).toBeGreaterThanOrEqual(f.upper[i80][k]);
			expect(f.lower[i80][k]).toBeLessThan(f.mean[k]);
			expect(f.upper[i80][k]).toBeGreaterThan(f.mean[k]);
			if (k > 0)
				expect(f.upper[i95][k] - f.lower[i95][k]).toBeGreaterThanOrEqual(
					f.upper[i95][k - 1] - f.lower[i95][k - 1] - 1e-9
				);
		}
	});
	it('a falling count series never gets negative forecasts or bounds', () => {
		const g = forecastSeries([90, 70, 55, 40, 30, 18, 10, 6, 3, 1], { period: 1, h: 6 });
		for (const row of [g.mean, ...g.lower, ...g.upper])
			for (const v of row) expect(v).toBeGreaterThanOrEqual(0);
	});
	it('low counts get at least the Poisson interval', () => {
		// λ ≈ 3: the Poisson 95 % interval is [0, 7] (P(X ≤ 6) = 0.966, P(X ≤ 7) = 0.988)
		const g = forecastSeries([3, 2, 4, 3, 3, 2, 5, 3, 4, 3], { period: 1, h: 2 });
		expect(g.notes.join(' ')).toMatch(/Poisson/);
		expect(g.upper[1][0]).toBeGreaterThanOrEqual(6);
		expect(g.lower[1][0]).toBe(0);
	});
	it('a constant series gives a flat forecast at the constant', () => {
		const g = forecastSeries([50, 50, 50, 50, 50, 50, 50, 50, 50, 50], { period: 1, h: 3 });
		for (const v of g.mean) expect(v).toBeCloseTo(50, 6);
		for (const v of g.upper[1]) expect(v).toBeGreaterThanOrEqual(50);
	});
	it('all zeros give zero forecasts and non-negative bounds', () => {
		const g = forecastSeries(new Array(10).fill(0), { period: 1, h: 3 });
		expect(g.mean).toEqual([0, 0, 0]);
		for (const v of g.lower[1]) expect(v).toBe(0);
	});
	it('rejects missing values with the position', () => {
		expect(() => forecastSeries([1, 2, NaN, 4, 5, 6, 7], { period: 1, h: 2 })).toThrow(
			/value 3 is NaN/
		);
	});
	it('rejects too short a history', () => {
		expect(() => forecastSeries([5, 6], { period: 1, h: 2 })).toThrow(/need at least 3/);
	});
	it('starts after a break when told to', () => {
		// a level shift at position 7 (2015-like fall): fitting after it forecasts the new level
		const y = [500, 510, 505, 520, 515, 525, 300, 305, 298, 310, 306, 309];
		const g = forecastSeries(y, { period: 1, h: 2, startAt: 6, method: 'naive' });
		expect(g.fittedOn).toMatchObject({ startAt: 6, n: 6 });
		expect(g.mean).toEqual([309, 309]);
	});
	it('a combination names its members as the model card does', () => {
		const c = forecastSeries(trend, { period: 1, h: 2, method: 'combo' });
		// annual combo = ets, theta, drift (registry.ts); ETS names its fitted form
		expect(c.description).toMatch(/^mean of ETS\([AM],(N|A|Ad),N\), theta, drift$/);
	});
	it('unknown method names are refused with the list of known ones', () => {
		expect(() => forecastSeries(trend, { period: 1, h: 2, method: 'prophet' })).toThrow(
			/unknown forecasting method "prophet"/
		);
	});
});

describe('forecastBatch with pooled conformal calibration', () => {
	it('stated coverage is close to achieved coverage on held-out random walks', () => {
		// 300 seeded Gaussian random walks with drift; 12 points to fit, 3 held out
		let seed = 7;
		const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const gauss = () => Math.sqrt(-2 * Math.log(rnd())) * Math.cos(2 * Math.PI * rnd());
		const all = Array.from({ length: 300 }, () => {
			const y = [100];
			for (let t = 1; t < 15; t++) y.push(y[t - 1] + 1 + 5 * gauss());
			return y;
		});
		const res = forecastBatch(
			all.map((y) => y.slice(0, 12)),
			{ period: 1, h: 3, candidates: ['naive', 'drift'] }
		);
		let in80 = 0;
		let in95 = 0;
		let n = 0;
		res.auto.forEach((f, i) => {
			for (let k = 0; k < 3; k++) {
				const a = all[i][12 + k];
				if (a >= f.lower[0][k] && a <= f.upper[0][k]) in80++;
				if (a >= f.lower[1][k] && a <= f.upper[1][k]) in95++;
				n++;
			}
		});
		expect(in80 / n).toBeGreaterThan(0.72);
		expect(in80 / n).toBeLessThan(0.9);
		expect(in95 / n).toBeGreaterThan(0.9);
		expect(res.pooled.find((p) => p.method === 'drift')!.n).toBeGreaterThan(300);
	});
});

describe('breaks and provenance in forecastSeries', () => {
	it('starts after the 2015 codes when asked and says so', () => {
		// 2011–2014 on the old register, 2015–2024 after the fall in registrations
		const y = [400, 410, 405, 420, 300, 305, 298, 310, 306, 309, 312, 315, 318, 320];
		const periodStarts = y.map((_, i) => `${2011 + i}-01-01`);
		const g = forecastSeries(y, {
			period: 1,
			h: 2,
			method: 'naive',
			breaks: ['codes-2015'],
			periodStarts,
			provenance: ['national total']
		});
		expect(g.fittedOn).toMatchObject({ startAt: 4, n: 10 });
		expect(g.notes[0]).toBe('national total');
		expect(g.notes[1]).toMatch(/fitted from 2015-01-01 only: break 2015-01-01/);
		expect(() => forecastSeries(y, { period: 1, h: 2, breaks: ['codes-2015'] })).toThrow(
			/periodStarts/
		);
	});
	it('says when the fitted years hold the COVID-19 pulse (2020-03-16), without restarting', () => {
		const y = [300, 305, 298, 310, 306, 280, 295, 309, 312, 315];
		const years = (from: number, n = y.length) =>
			Array.from({ length: n }, (_, i) => `${from + i}-01-01`);
		const opts = { period: 1, h: 2, method: 'naive', breaks: ['codes-2015', 'covid-2020'] };
		// 2015–2024: 2020 is the sixth year, inside the fit
		const inside = forecastSeries(y, { ...opts, periodStarts: years(2015) });
		expect(inside.fittedOn).toMatchObject({ startAt: 0, n: 10 });
		expect(inside.notes[0]).toMatch(
			/^the fitted periods include the 2020-03-16 pulse \(COVID-19.*kept as registered/
		);
		expect(inside.notes.filter((n) => /pulse/.test(n))).toHaveLength(1);
		// 2011–2020: the latest year holds it
		const last = forecastSeries(y, { ...opts, breaks: ['covid-2020'], periodStarts: years(2011) });
		expect(last.notes.join(' ')).toMatch(/latest period holds the 2020-03-16 pulse/);
		// 2005–2014: before it; 2021–2030: after it — no note
		for (const from of [2005, 2021])
			expect(
				forecastSeries(y, {
					...opts,
					breaks: ['covid-2020'],
					periodStarts: years(from)
				}).notes.join(' ')
			).not.toMatch(/pulse/);
		// monthly: March 2020 is the last month of 2018-06…2020-03, April 2020 is past it
		const months = (n: number) =>
			Array.from({ length: n }, (_, i) => {
				const m = 5 + i; // 2018-06 is month index 5 of 2018
				return `${2018 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
			});
		const m22 = Array.from({ length: 22 }, (_, i) => 100 + (i % 12));
		const mo = { period: 12, h: 3, method: 'snaive', breaks: ['covid-2020'] };
		expect(forecastSeries(m22, { ...mo, periodStarts: months(22) }).notes.join(' ')).toMatch(
			/latest period holds/
		);
		expect(
			forecastSeries(m22.slice(0, 21), { ...mo, periodStarts: months(21) }).notes.join(' ')
		).not.toMatch(/pulse/);
	});
});

describe('fast mode', () => {
	it('fixes the ETS form across origins and still returns complete forecasts', async () => {
		const { forecastBatch: batch } = await import('../../../src/lib/forecast/index');
		const ys = Array.from({ length: 25 }, (_, s) =>
			Array.from({ length: 12 }, (_, t) => 100 + s + t * (1 + (s % 3)) + ((t * 7 + s) % 5))
		);
		const slow = batch(ys, { period: 1, h: 3 });
		const fast = batch(ys, { period: 1, h: 3, fast: true });
		expect(fast.auto).toHaveLength(25);
		for (const f of fast.auto) expect(f.mean.every(Number.isFinite)).toBe(true);
		// same candidates and backtest origins; only the ETS fits may differ
		expect(fast.pooled.map((p) => [p.method, p.n])).toEqual(
			slow.pooled.map((p) => [p.method, p.n])
		);
	});
});

describe('fast mode by batch size', () => {
	it('is on from FAST_MIN_SERIES series unless `fast` is given', async () => {
		const { prepareBatch, FAST_MIN_SERIES } = await import('../../../src/lib/forecast/batch');
		expect(FAST_MIN_SERIES).toBe(2000);
		const many = (k: number) => Array.from({ length: k }, () => [1, 2, 3, 4, 5]);
		expect(prepareBatch(many(1999), { period: 1, h: 1 }).fast).toBe(false);
		expect(prepareBatch(many(2000), { period: 1, h: 1 }).fast).toBe(true);
		expect(prepareBatch(many(2000), { period: 1, h: 1, fast: false }).fast).toBe(false);
		expect(prepareBatch(many(1), { period: 1, h: 1, fast: true }).fast).toBe(true);
	});
});

describe('short monthly history', () => {
	it('20 months still get a backtest origin and a seasonal-naive candidate', () => {
		// 50, 52, …, 72 repeating every 12 months: seasonal naive is exact
		const y = Array.from({ length: 20 }, (_, t) => 50 + (t % 12) * 2);
		const f = forecastSeries(y, { period: 12, h: 6 });
		expect(f.backtest.origins).toBeGreaterThan(0);
		expect(f.method).toBe('snaive');
		// months 21..26 are positions 8..13 of the cycle: 66, 68, 70, 72, 50, 52
		expect(f.mean).toEqual([66, 68, 70, 72, 50, 52]);
	});
});

describe('fan chart rows', () => {
	it('labels future periods and carries the fitted range and hash', async () => {
		const { fanData } = await import('../../../src/lib/forecast/index');
		const years = trend.map((_, i) => String(2013 + i));
		const f = forecastSeries(trend, { period: 1, h: 2, startAt: 2 });
		const d = fanData(f, years, ['2025', '2026']);
		expect(d.rows.map((r) => r.period)).toEqual(['2025', '2026']);
		expect(d.rows[0].lo95!).toBeLessThanOrEqual(d.rows[0].lo80!);
		expect(d.fittedFrom).toBe('2015');
		expect(d.fittedTo).toBe('2024');
		expect(d.hash).toBe(f.fittedOn.hash);
		expect(() => fanData(f, years, ['2025'])).toThrow(/only 1 labels/);
	});
});
