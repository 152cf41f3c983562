// Hierarchical reconciliation and structural breaks, worked by hand.
import { describe, expect, it } from 'vitest';
import { bottomUp, buildHierarchy, minTrace } from '../../../src/lib/forecast/reconcile';
import { KNOWN_BREAKS, smoothPulse, startAfterBreaks } from '../../../src/lib/forecast/breaks';

describe('reconciliation', () => {
	const h = buildHierarchy({ KZ: ['A', 'B'] });
	const base = { KZ: [36, 40], A: [10, 12], B: [20, 22] };
	it('bottom-up sums the regions', () => {
		expect(bottomUp(h, base).KZ).toEqual([30, 34]);
	});
	it('MinT wls_struct splits the discrepancy as worked by hand', () => {
		// S = [[1,1],[1,0],[0,1]], W = diag(2,1,1): S'W⁻¹S = [[1.5,.5],[.5,1.5]],
		// S'W⁻¹ŷ = [28, 38] → bottom = [11.5, 21.5], total 33 (h = 1)
		const r = minTrace(h, base, 'wls_struct');
		expect(r.A[0]).toBeCloseTo(11.5, 10);
		expect(r.B[0]).toBeCloseTo(21.5, 10);
		expect(r.KZ[0]).toBeCloseTo(33, 10);
		for (let k = 0; k < 2; k++) expect(r.KZ[k]).toBeCloseTo(r.A[k] + r.B[k], 10);
	});
	it('MinT wls_var trusts the node with the smaller error variance', () => {
		const r = minTrace(h, base, 'wls_var', { KZ: 0.001, A: 1, B: 1 });
		expect(r.KZ[0]).toBeCloseTo(36, 2);
		expect(r.A[0] + r.B[0]).toBeCloseTo(r.KZ[0], 10);
		expect(() => minTrace(h, base, 'wls_var', { KZ: 1, A: 1 })).toThrow(/variance for "B"/);
	});
	it('a three-level hierarchy is coherent', () => {
		const h3 = buildHierarchy({ KZ: ['North', 'South'], North: ['a', 'b'], South: ['c'] });
		const r = minTrace(
			h3,
			{ KZ: [100], North: [50], South: [40], a: [20], b: [25], c: [45] },
			'wls_struct'
		);
		expect(r.North[0]).toBeCloseTo(r.a[0] + r.b[0], 10);
		expect(r.KZ[0]).toBeCloseTo(r.North[0] + r.South[0], 10);
	});
});

describe('structural breaks', () => {
	const years = Array.from({ length: 14 }, (_, i) => `${2011 + i}-01-01`);
	it('starting after the 2015 codes drops 2011–2014', () => {
		const r = startAfterBreaks(years, ['codes-2015']);
		expect(r.startAt).toBe(4);
		expect(r.applied?.id).toBe('codes-2015');
	});
	it('a reform in mid-2022 starts annual models in 2023; the COVID pulse does not restart', () => {
		expect(startAfterBreaks(years, ['codes-2015', 'regions-2022']).startAt).toBe(12);
		expect(startAfterBreaks(years, ['covid-2020']).startAt).toBe(0);
	});
	it('unknown breaks are refused; the list carries dates', () => {
		expect(() => startAfterBreaks(years, ['reform-1999'])).toThrow(/unknown break/);
		expect(KNOWN_BREAKS.map((b) => b.date)).toContain('2015-01-01');
	});
	it('smoothPulse interpolates across the pulse', () => {
		expect(smoothPulse([10, 10, 2, 2, 16], 2, 3)).toEqual([10, 10, 12, 14, 16]);
	});
});

describe('reconcileForecasts on pipeline output', () => {
	it('makes the national forecast equal the sum of the regions and shifts the bands', async () => {
		const { forecastSeries } = await import('../../../src/lib/forecast/index');
		const { reconcileForecasts } = await import('../../../src/lib/forecast/reconcile-forecasts');
		const A = [50, 52, 55, 53, 58, 60, 61, 63, 62, 66];
		const B = [30, 29, 31, 33, 32, 35, 34, 36, 38, 37];
		const KZ = A.map((v, i) => v + B[i] + (i % 2 ? 3 : -3)); // national total reported with noise
		const h = buildHierarchy({ KZ: ['A', 'B'] });
		const base = Object.fromEntries(
			Object.entries({ KZ, A, B }).map(([k, y]) => [k, forecastSeries(y, { period: 1, h: 3 })])
		);
		for (const m of ['bottom_up', 'wls_struct', 'wls_var'] as const) {
			const r = reconcileForecasts(h, base, m);
			for (let k = 0; k < 3; k++) {
				expect(r.KZ.mean[k]).toBeCloseTo(r.A.mean[k] + r.B.mean[k], 8);
				const shift = r.A.mean[k] - base.A.mean[k];
				expect(r.A.upper[1][k] - base.A.upper[1][k]).toBeCloseTo(shift, 8);
			}
			expect(r.KZ.notes.at(-1)).toMatch(new RegExp(`reconciled \\(${m}\\)`));
		}
		expect(() => reconcileForecasts(h, { KZ: base.KZ, A: base.A } as never)).toThrow(
			/no forecast for node "B"/
		);
	});
});
