// Calibration: recovers known parameters from figures the model made itself; reads the
// published inputs (data/published) as transcribed; and the projection's laws (monotone in the
// imprisonment share, nested intervals widening with the horizon, reproducible from the seed).
import { describe, expect, it } from 'vitest';
import {
	calibrate,
	decimalYear,
	fitProbationShare,
	fitStay,
	parseLevers,
	project,
	scenarioInputs,
	simulateStock,
	type StockObservation
} from '../../../src/lib/scenario';
import { publishedPoints } from './published';

const obsAt = (stocks: number[], baseYear: number): StockObservation[] =>
	stocks.map((v, k) => ({
		id: `o${k}`,
		date: `${baseYear + 1 + k}-12-31`,
		t: baseYear + 2 + k,
		value: v,
		unit: 'persons',
		approx: false
	}));

describe('fits', () => {
	it('recovers the mean stay from stocks the model made', () => {
		const adm = [9000, 8000, 7000, 7000, 7500];
		const s = simulateStock(30000, adm, 3.5).map((x) => x + 5000);
		expect(fitStay(obsAt(s, 2015), 35000, 2015, adm, 5000).stay).toBeCloseTo(3.5, 2);
	});

	it('recovers the probation inflow share given the supervision time', () => {
		const conv = [30000, 28000, 29000];
		const q = simulateStock(
			12000,
			conv.map((c) => c * 0.4),
			2
		);
		const f = fitProbationShare(obsAt(q, 2015), 12000, 2015, conv, 2);
		expect(f.share).toBeCloseTo(0.4, 10);
		expect(f.rmse).toBeCloseTo(0, 10);
	});
});

describe('published inputs', () => {
	const inputs = scenarioInputs(publishedPoints());

	it('reads the shares sentenced to imprisonment with their sources', () => {
		// kzpf-020 quote: «13 238, including the imprisonment 5313 or 40.1%» (H1 2013);
		// kzpf-025 / kzpf-021: 4,861 of 12,904 (H1 2014); kzpf-023 quote: «25% … к лишению свободы» (H1 2018)
		expect(inputs.imprisonmentShare).toEqual([
			{ year: 2013, value: 5313 / 13238, source: 'kzpf-020 (quote)' },
			{ year: 2014, value: 4861 / 12904, source: 'kzpf-025 / kzpf-021' },
			{ year: 2018, value: 0.25, source: 'kzpf-023 (quote)' }
		]);
	});

	it('reads annual convictions 2014–2022 and leaves out totals and half years', () => {
		// kzpf-022: 25,079 (2014); fp-convicted-2015 … 2022 (domain.md, founding papers)
		expect(inputs.convictions.map((c) => [c.year, c.value])).toEqual([
			[2014, 25079],
			[2015, 31603],
			[2016, 21997],
			[2017, 33671],
			[2018, 31652],
			[2019, 27156],
			[2020, 29882],
			[2021, 28602],
			[2022, 27061]
		]);
		expect(inputs.excluded).toContainEqual({
			id: 'fp-convicted-2015-2022',
			reason: 'convicted_persons: a total over several years'
		});
		expect(inputs.excluded.map((e) => e.id)).toContain('kzpf-160'); // undated
		expect(inputs.pretrialCapacity).toMatchObject({
			id: 'fp-pretrial-capacity-2024-07',
			value: 8000
		});
	});

	it('refuses a quote that no longer holds the share it is read from', () => {
		const pts = publishedPoints().map((p) =>
			p.id === 'kzpf-023' ? { ...p, quote: 'changed' } : p
		);
		expect(() => scenarioInputs(pts)).toThrow(/kzpf-023 no longer quotes «25%»/);
	});

	it('starts from the December 2015 count and fits a mean stay of about three years', () => {
		const cal = calibrate(inputs, { cutoff: '2018-12-31' });
		// kzpf-149: 40,159 «as of December 2015»
		expect(cal.baseYear).toBe(2015);
		expect(cal.prisonInitial).toBe(40159);
		expect(cal.prisonObs.map((o) => o.id)).toEqual([
			'kzpf-150',
			'kzpf-151',
			'kzpf-152',
			'fp-prison-2018-mid',
			'fp-prison-2018',
			'kzpf-153'
		]);
		expect(cal.firstProjectedYear).toBe(2019);
		expect(cal.stay.value).toBeGreaterThan(2);
		expect(cal.stay.value).toBeLessThan(5);
		expect(cal.stay.low).toBeLessThanOrEqual(cal.stay.value);
		expect(cal.stay.high).toBeGreaterThanOrEqual(cal.stay.value);
		expect(cal.supervision.basis).toBe('assumption');
		expect(decimalYear(cal.prisonObs[0].date)).toBe(cal.prisonObs[0].t);
	});

	const cal = calibrate(inputs);

	it('never raises the projection when the imprisonment share is lowered', () => {
		const shares = [45, 40, 35, 30, 25, 20];
		const runs = shares.map((s) =>
			project(cal, parseLevers({ h: '8', imprisonmentShare: String(s) }))
		);
		for (let i = 1; i < runs.length; i++)
			for (let k = 0; k < 8; k++)
				for (const key of ['mean', 'lo80', 'hi80', 'lo95', 'hi95'] as const)
					expect(runs[i].prison.scenario[k][key]).toBeLessThanOrEqual(
						runs[i - 1].prison.scenario[k][key] + 1e-9
					);
	});

	it('moves convicts to probation: fewer in prison, more on probation', () => {
		const p = project(cal, parseLevers({ h: '5', probationShiftPct: '30' }));
		for (const d of p.prison.difference) expect(d.mean).toBeLessThan(0);
		for (const d of p.probation.difference) expect(d.mean).toBeGreaterThan(0);
	});

	it('gives nested intervals that widen with the horizon, reproducibly', () => {
		const a = project(cal, parseLevers({ h: '10' }));
		for (const stock of [a.prison.baseline, a.probation.baseline]) {
			for (const y of stock) {
				expect(y.lo95).toBeLessThanOrEqual(y.lo80);
				expect(y.lo80).toBeLessThanOrEqual(y.hi80);
				expect(y.hi80).toBeLessThanOrEqual(y.hi95);
			}
			for (let k = 1; k < stock.length; k++)
				expect(stock[k].hi95 - stock[k].lo95).toBeGreaterThanOrEqual(
					stock[k - 1].hi95 - stock[k - 1].lo95
				);
		}
		expect(project(cal, parseLevers({ h: '10' }))).toEqual(a);
		expect(a.prison.difference.every((d) => d.mean === 0 && d.lo95 === 0 && d.hi95 === 0)).toBe(
			true
		);
	});
});
