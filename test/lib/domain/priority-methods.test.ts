/**
 * The two ways the prevention priority score puts its components on one scale
 * (src/lib/domain/indicators.ts priorityScores, `method`), on a small example worked out by
 * hand. Three regions, two components weighted 50/50 (the others 0):
 *
 *   grave share, %:  A 32   B 33.5  C 35
 *   recidivism, %:   A 10   B 40    C 10
 *
 * min–max: grave (v − 32) ÷ 3 → A 0, B 0.5, C 1; recidivism (v − 10) ÷ 30 → A 0, B 1, C 0.
 *   score = (grave + recid) ÷ 2 × 100 → A 0, B 75, C 50.
 *   A spread of 3 points of grave share counts as much as one of 30 points of recidivism.
 * z-score (population SD): grave mean 33.5, deviations −1.5, 0, 1.5, variance 4.5 ÷ 3 = 1.5,
 *   SD √1.5 = 1.224745 → z −1.224745, 0, 1.224745; recidivism mean 20, deviations −10, 20,
 *   −10, variance 600 ÷ 3 = 200, SD 14.142136 → z −0.707107, 1.414214, −0.707107.
 *   score = (z_grave + z_recid) ÷ 2 → A −0.965926, B 0.707107, C 0.258819.
 */
import { describe, expect, it } from 'vitest';
import { priorityScores, type PriorityInputs } from '../../../src/lib/domain/indicators';

const region = (code: string, graveShare: number, recidivism: number | null): PriorityInputs => ({
	code,
	rate: null,
	nationalRate: null,
	growth: null,
	graveShare,
	recidivism
});
const rows = [region('A', 32, 10), region('B', 33.5, 40), region('C', 35, 10)];
const weights = { rate: 0, growth: 0, grave: 50, recid: 50, clear: 0 };
const scores = (method?: 'minmax' | 'zscore', input = rows) =>
	priorityScores(input, weights, method).map((s) => s.score);

describe('priority score methods', () => {
	it('min–max stretches each component to 0–100 (the default)', () => {
		const [a, b, c] = scores('minmax');
		expect(a).toBeCloseTo(0, 9);
		expect(b).toBeCloseTo(75, 9);
		expect(c).toBeCloseTo(50, 9);
		expect(scores()).toEqual(scores('minmax'));
	});

	it('z-score measures each component in standard deviations from the mean', () => {
		const [a, b, c] = scores('zscore');
		expect(a).toBeCloseTo(-0.965926, 5);
		expect(b).toBeCloseTo(0.707107, 5);
		expect(c).toBeCloseTo(0.258819, 5);
	});

	it('leaves a missing component out of that region only, under either method', () => {
		// C without recidivism: its score is its grave part alone (min–max 1 → 100;
		// z over A and B only for recidivism does not touch C's grave z 1.224745).
		const input = [region('A', 32, 10), region('B', 33.5, 40), region('C', 35, null)];
		expect(scores('minmax', input)[2]).toBeCloseTo(100, 9);
		expect(scores('zscore', input)[2]).toBeCloseTo(1.224745, 5);
		// A component equal everywhere: min–max puts all at 0.5, z-score at 0.
		const flat = [region('A', 30, 10), region('B', 30, 10)];
		expect(scores('minmax', flat)).toEqual([50, 50]);
		expect(scores('zscore', flat)).toEqual([0, 0]);
	});
});
