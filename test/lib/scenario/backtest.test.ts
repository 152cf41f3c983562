// The backtest on data/published: fit ≤ 2018, the prison counts of 2019–2024 compared; the naive
// and drift figures worked by hand from the published rows.
import { describe, expect, it } from 'vitest';
import { backtestScenario, scenarioInputs } from '../../../src/lib/scenario';
import { publishedPoints } from './published';

describe('backtestScenario', () => {
	const b = backtestScenario(scenarioInputs(publishedPoints()));

	it('compares with every national prison count published in 2019–2024', () => {
		expect(b.prison.points.map((p) => [p.id, p.published])).toEqual([
			['kzpf-154', 30001], // January 2019 (World Prison Brief)
			['kzpf-155', 29403], // March 2020
			['kzpf-156', 30000], // 19 Oct 2020
			['kzpf-157', 34000], // 3 Nov 2021
			['fp-prison-2024-07', 37000] // July 2024, founding papers
		]);
		expect(b.probation.points.map((p) => p.id)).toEqual(['kzpf-172']);
	});

	it('puts naive and drift where the published figures put them', () => {
		// naive: the two counts of 31 Dec 2018, (32,000 fp-prison-2018 + 30,798 kzpf-153) / 2 = 31,399
		for (const p of b.prison.points) expect(p.naive).toBe(31399);
		// drift: from 40,159 (kzpf-149, end of 2015, t = 2016) to 31,399 at t(2018-12-31) = 2018 + 364/365:
		// slope −8,760 / 2.99726 = −2,922.67 a year; at t(2024-07-31) = 2024 + 212/366:
		// 31,399 − 2,922.67 × 5.58194 = 15,085
		expect(b.prison.points[4].drift).toBeCloseTo(15085, 0);
	});

	it('summarises errors and coverage from its points', () => {
		const pts = b.prison.points;
		const inside95 = pts.filter((p) => p.published >= p.lo95 && p.published <= p.hi95).length;
		expect(b.prison.coverage95).toBe(inside95 / pts.length);
		expect(b.prison.naive.mae).toBeCloseTo(
			pts.reduce((s, p) => s + Math.abs(31399 - p.published), 0) / pts.length,
			9
		);
		// the bench's goal (bench/results/scenario.md): the baseline's error below drift's
		expect(b.prison.model.mae).toBeLessThan(b.prison.drift.mae);
	});
});
