// Conformal quantiles, metrics and seasonal models, checked by hand.
import { describe, expect, it } from 'vitest';
import { backtestSeries } from '../../../src/lib/forecast/backtest';
import { calibrate, quantilesFor } from '../../../src/lib/forecast/conformal';
import { autoEts } from '../../../src/lib/forecast/ets';
import { coverage, mase, maseScale, smape, winkler } from '../../../src/lib/forecast/metrics';
import { qnorm, qpois } from '../../../src/lib/forecast/stats';
import { isSeasonal, theta } from '../../../src/lib/forecast/theta';

describe('conformal quantiles', () => {
	const bt = {
		drift: {
			method: 'drift',
			scores: [
				[3, 1, 2, 5, 4, 9, 7, 6, 8],
				[10, 2]
			],
			mase: [],
			smape: []
		}
	};
	it('takes the ⌈(1−α)(n+1)⌉-th smallest pooled score per horizon', () => {
		const cal = calibrate([bt], [80, 50]);
		// h = 1: n = 9, ⌈0.8·10⌉ = 8 → 8;  ⌈0.5·10⌉ = 5 → 5
		expect(cal.drift['80'][0]).toBe(8);
		expect(cal.drift['50'][0]).toBe(5);
		// h = 2: n = 2, ⌈0.8·3⌉ = 3 > n → largest × 1.5 = 15; never below h = 1
		expect(cal.drift['80'][1]).toBe(15);
	});
	it('extends beyond the calibrated horizons like √h', () => {
		const q = quantilesFor({ m: { '80': [1, 2] } }, 'm', 80, 4)!;
		expect(q[3]).toBeCloseTo(2 * Math.sqrt(2), 12);
		expect(quantilesFor({}, 'm', 80, 2)).toBeNull();
	});
	it('backtests keep one score per origin reaching each horizon', () => {
		const y = [10, 11, 13, 12, 14, 15, 17, 16, 18, 19];
		const r = backtestSeries(y, { period: 1, h: 3, methods: ['naive'] });
		// origins 6..9 (last 5 origins, from n = 6): h = 1 reached by 4, h = 3 by 2
		expect(r.naive.scores.map((s) => s.length)).toEqual([4, 3, 2]);
		// origin 6 (train 10..15, test 17): naive error 2; series scale = mean |Δy| = 13/9
		expect(r.naive.scores[0][0]).toBeCloseTo(2 / (13 / 9), 12);
	});
});

describe('metrics and quantiles', () => {
	it('MASE, sMAPE, coverage, Winkler by hand', () => {
		expect(maseScale([1, 3, 2, 6], 1)).toBeCloseTo((2 + 1 + 4) / 3, 12);
		expect(mase([10, 20], [12, 17], 2.5)).toBeCloseTo(2.5 / 2.5, 12);
		// 200·2/22 = 18.1818…, 200·3/37 = 16.2162…
		expect(smape([10, 20], [12, 17])).toBeCloseTo((400 / 22 + 600 / 37) / 2, 10);
		expect(coverage([1, 5, 9], [0, 0, 0], [4, 6, 8])).toBeCloseTo(2 / 3, 12);
		// width 4, actual 9 above 8 by 1 at 80 %: 4 + (2/0.2)·1 = 14
		expect(winkler([9], [4], [8], 80)).toBeCloseTo(14, 12);
	});
	it('normal and Poisson quantiles', () => {
		expect(qnorm(0.975)).toBeCloseTo(1.959964, 5);
		expect(qnorm(0.9)).toBeCloseTo(1.281552, 5);
		// Poisson(3): P(X ≤ 6) = 0.9665, P(X ≤ 7) = 0.9881
		expect(qpois(0.975, 3)).toBe(7);
		expect(qpois(0.025, 3)).toBe(0);
	});
});

describe('seasonal models', () => {
	// 8 years of a positive monthly series with a fixed multiplicative pattern and slow growth
	const pattern = [0.8, 0.85, 0.95, 1.0, 1.05, 1.1, 1.2, 1.15, 1.05, 1.0, 0.95, 0.9];
	const y = Array.from({ length: 96 }, (_, t) => (200 + t) * pattern[t % 12]);
	it('ETS selects a seasonal model and follows the pattern', () => {
		const f = autoEts(y, 12);
		expect(f.spec.season).not.toBe('N');
		const next = f.mean(12);
		// the true continuation: (200 + 96 + k) · pattern[k]
		next.forEach((v, k) => expect(Math.abs(v - (296 + k) * pattern[k]) / v).toBeLessThan(0.03));
	});
	it('Theta detects seasonality and reseasonalises', () => {
		expect(isSeasonal(y, 12)).toBe(true);
		const next = theta.fit(y, { period: 12 }).mean(12);
		expect(next[6]).toBeGreaterThan(next[0] * 1.3);
	});
});
