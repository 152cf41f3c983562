// Textbook checks of the individual models: recursions worked by hand, and fits compared with
// R forecast 8.20 on the same short series (figures printed by Rscript, quoted below).
import { describe, expect, it } from 'vitest';
import { drift } from '../../../src/lib/forecast/drift';
import { etsFilter, fitEtsSpec } from '../../../src/lib/forecast/ets-core';
import { autoEts } from '../../../src/lib/forecast/ets';
import { naive } from '../../../src/lib/forecast/naive';
import { snaive } from '../../../src/lib/forecast/snaive';
import { otm, theta } from '../../../src/lib/forecast/theta';

describe('ETS recursion worked by hand', () => {
	it('SES (A,N,N), α = 0.5, l0 = 3 on 3, 5, 9, 20', () => {
		// l1 = 3, l2 = 3 + .5·2 = 4, l3 = 4 + .5·5 = 6.5, l4 = 6.5 + .5·13.5 = 13.25
		// errors 0, 2, 5, 13.5 → SSE = 0 + 4 + 25 + 182.25 = 211.25
		const r = etsFilter(
			[3, 5, 9, 20],
			{ error: 'A', trend: 'N', season: 'N' },
			1,
			0.5,
			0,
			0,
			1,
			3,
			0,
			[0],
			new Float64Array(1)
		);
		expect(r.level).toBeCloseTo(13.25, 12);
		expect(r.sse).toBeCloseTo(211.25, 10);
		expect(r.lik).toBeCloseTo(4 * Math.log(211.25 / 4), 10);
	});
	it('Holt (A,A,N), α = 0.5, β = 0.2, l0 = 1, b0 = 2 on 3, 6, 8', () => {
		// t1: 1+2 = 3, e = 0 → l = 3, b = 2;  t2: 5, e = 1 → l = 5.5, b = 2.2
		// t3: 7.7, e = 0.3 → l = 7.85, b = 2.26;  forecasts 10.11, 12.37
		const r = etsFilter(
			[3, 6, 8],
			{ error: 'A', trend: 'A', season: 'N' },
			1,
			0.5,
			0.2,
			0,
			1,
			1,
			2,
			[0],
			new Float64Array(1)
		);
		expect(r.level).toBeCloseTo(7.85, 12);
		expect(r.trend).toBeCloseTo(2.26, 12);
		expect(r.sse).toBeCloseTo(1 + 0.09, 12);
	});
	it('additive seasonal update s = s + γe', () => {
		// m = 2, l0 = 10, s0 = [+1, -1], α = 0.5, γ = 0.2 on 12, 8:
		// t1: μ = 11, e = 1 → l = 10.5, s[0] = 1.2;  t2: μ = 9.5, e = -1.5 → l = 9.75, s[1] = -1.3
		const buf = new Float64Array(2);
		const r = etsFilter(
			[12, 8],
			{ error: 'A', trend: 'N', season: 'A' },
			2,
			0.5,
			0,
			0.2,
			1,
			10,
			0,
			[1, -1],
			buf
		);
		expect(r.level).toBeCloseTo(9.75, 12);
		expect(Array.from(r.season)).toEqual([expect.closeTo(1.2, 12), expect.closeTo(-1.3, 12)]);
	});
});

// A made-up short trending series (not from any data file); R: ets(ts(y), model = "AAN",
// damped = FALSE) → AICc 59.40111 (SSE 26.667); ets(ts(y), model = "ANN") → AICc 65.07435;
// ets(ts(y)) → ETS(M,A,N); thetaf(ts(y), h = 3)$mean → 31.9409 32.88146 33.82202.
// R's likelihood is n·log(SSE), ours n·log(SSE/n): add n·log(n) to compare.
const y12 = [12, 15, 14, 18, 21, 19, 24, 26, 25, 30, 33, 31];

describe('ETS maximum likelihood against R forecast 8.20', () => {
	it('ETS(A,A,N) and ETS(A,N,N) reach R’s AICc', () => {
		const aan = fitEtsSpec(y12, { error: 'A', trend: 'A', season: 'N' }, 1)!;
		const ann = fitEtsSpec(y12, { error: 'A', trend: 'N', season: 'N' }, 1)!;
		const shift = 12 * Math.log(12);
		expect(Math.abs(aan.aicc + shift - 59.40111)).toBeLessThan(0.05);
		expect(ann.aicc + shift).toBeCloseTo(65.07435, 2);
		expect(ann.params.alpha).toBeGreaterThan(0.99);
	});
	it('automatic ETS picks the same model as R', () => {
		expect(autoEts(y12, 1).spec).toEqual({ error: 'M', trend: 'A', season: 'N' });
	});
	it('standard Theta reproduces R thetaf', () => {
		const f = theta.fit(y12, { period: 1 }).mean(3);
		[31.9409, 32.88146, 33.82202].forEach((v, k) => expect(f[k]).toBeCloseTo(v, 2));
	});
	it('optimised Theta fits at least as well in sample as θ = 2 and trends upward', () => {
		const f = otm.fit(y12, { period: 1 }).mean(3);
		expect(f[2]).toBeGreaterThan(f[0]);
		expect(f[0]).toBeGreaterThan(28);
		expect(f[0]).toBeLessThan(36);
	});
});

describe('benchmark methods worked by hand', () => {
	const y = [10, 12, 11, 15, 14, 18];
	it('naive: last value; sd grows with √h', () => {
		const f = naive.fit(y, { period: 1 });
		expect(f.mean(3)).toEqual([18, 18, 18]);
		// differences 2, -1, 4, -1, 4 → Σd² = 38, σ = √(38/5)
		const s = Math.sqrt(38 / 5);
		expect(f.sd(2)[1]).toBeCloseTo(s * Math.sqrt(2), 12);
	});
	it('drift: slope (18 - 10)/5 = 1.6', () => {
		expect(drift.fit(y, { period: 1 }).mean(2)).toEqual([
			expect.closeTo(19.6, 12),
			expect.closeTo(21.2, 12)
		]);
	});
	it('seasonal naive repeats the last season', () => {
		expect(snaive.fit([1, 2, 3, 4, 5, 6], { period: 3 }).mean(4)).toEqual([4, 5, 6, 4]);
	});
});
