// Hand-worked stock-flow cases: steady state, a step in the inflow, amnesty releases, flows.
import { describe, expect, it } from 'vitest';
import {
	decimalYear,
	simulateStock,
	steadyState,
	stockAt,
	valueInYear,
	yearFlows
} from '../../../src/lib/scenario';

describe('simulateStock', () => {
	it('keeps the steady state P = inflow × stay', () => {
		// inflow 1,000 a year, mean stay 4 years: 4,000 − 4,000/4 + 1,000 = 4,000 every year
		expect(steadyState(1000, 4)).toBe(4000);
		expect(simulateStock(4000, [1000, 1000, 1000], 4)).toEqual([4000, 4000, 4000]);
	});

	it('converges from empty to inflow × stay', () => {
		const s = simulateStock(0, Array(200).fill(1000), 4);
		expect(s[199]).toBeCloseTo(4000, 6);
	});

	it('follows a one-year step in the inflow as computed by hand', () => {
		// from the steady state 4,000 (inflow 1,000, stay 4) the inflow steps to 1,200:
		// 4000 − 1000 + 1200 = 4200; 4200 − 1050 + 1200 = 4350; 4350 − 1087.5 + 1200 = 4462.5;
		// the gap to the new steady state 4,800 shrinks by 3/4 a year: 800 → 600 → 450 → 337.5
		expect(simulateStock(4000, [1200, 1200, 1200], 4)).toEqual([4200, 4350, 4462.5]);
		// the step back after one year: 4200 − 1050 + 1000 = 4150; 4150 − 1037.5 + 1000 = 4112.5
		expect(simulateStock(4000, [1200, 1000, 1000], 4)).toEqual([4200, 4150, 4112.5]);
	});

	it('takes amnesty releases off the stock and never goes below zero', () => {
		expect(simulateStock(4000, [1000], 4, [500])).toEqual([3500]);
		expect(simulateStock(100, [0], 2, [1000])).toEqual([0]);
	});

	it('refuses a mean stay under one year', () => {
		expect(() => simulateStock(10, [1], 0.5)).toThrow(/at least one year/);
	});
});

describe('yearFlows', () => {
	it('splits convictions into prison admissions and probation inflow', () => {
		// 30,000 convicts × 25 % = 7,500 sentenced to prison; 20 % of them moved to probation:
		// 6,000 admitted; probation 30,000 × 0.5 + 1,500 = 16,500
		expect(yearFlows(30000, 0.25, 0.5, 0.2)).toEqual({ admissions: 6000, probationInflow: 16500 });
	});
});

describe('time', () => {
	it('reads a stock between year ends linearly', () => {
		// end of 2015 (t = 2016) 100, end of 2016 (t = 2017) 200, end of 2017 (t = 2018) 400
		expect(stockAt(2016, 2015, 100, [200, 400])).toBe(100);
		expect(stockAt(2016.5, 2015, 100, [200, 400])).toBe(150);
		expect(stockAt(2017.25, 2015, 100, [200, 400])).toBe(250);
		expect(stockAt(2030, 2015, 100, [200, 400])).toBe(400);
	});

	it('interpolates published shares between years and holds them after the last', () => {
		const pts = [
			{ year: 2013, value: 0.4 },
			{ year: 2018, value: 0.25 }
		];
		expect(valueInYear(pts, 2016)).toBeCloseTo(0.4 - (0.15 * 3) / 5, 12); // 0.31
		expect(valueInYear(pts, 2010)).toBe(0.4);
		expect(valueInYear(pts, 2024)).toBe(0.25);
	});

	it('turns dates into decimal years', () => {
		expect(decimalYear('2019-01-01')).toBe(2019);
		expect(decimalYear('2018-07-02')).toBeCloseTo(2018 + 182 / 365, 12);
	});
});
