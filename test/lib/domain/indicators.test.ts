/**
 * Indicator formulas (domain.md): figures worked by hand. The convictions/acquittals are the
 * founding papers' 2022 figures quoted in ../shared/docs/domain.md (27,061 and 379).
 */
import { describe, expect, it } from 'vitest';
import {
	acquittalRatePct,
	changePct,
	meanPopulation,
	priorityScores,
	ratePer10k,
	sharePct
} from '../../../src/lib/domain/indicators';

describe('indicators', () => {
	it('rate per 10,000', () => {
		expect(ratePer10k(5000, 1_000_000)).toBe(50);
		expect(ratePer10k(null, 1_000_000)).toBeNull();
		expect(ratePer10k(5, 0)).toBeNull();
	});
	it('change against a base, missing base is null (never 0)', () => {
		expect(changePct(110, 100)).toBeCloseTo(10);
		expect(changePct(110, null)).toBeNull();
		expect(changePct(110, 0)).toBeNull();
	});
	it('share and acquittal rate', () => {
		expect(sharePct(1, 4)).toBe(25);
		// 379 / (27,061 + 379) = 1.3812 %
		expect(acquittalRatePct(379, 27061)).toBeCloseTo(1.3812, 3);
	});
	it('mean population of a year', () => {
		expect(meanPopulation(100, 110)).toBe(105);
		expect(meanPopulation(100, null)).toBe(100);
		expect(meanPopulation(null, 100)).toBeNull();
	});
	it('priority score: normalised, weighted, missing components re-weighted not zeroed', () => {
		const rows = [
			{ code: 'A', rate: 120, nationalRate: 100, growth: 10, graveShare: 30, recidivism: 40 },
			{ code: 'B', rate: 80, nationalRate: 100, growth: -10, graveShare: 20, recidivism: 20 },
			{ code: 'C', rate: 100, nationalRate: 100, growth: null, graveShare: 25, recidivism: 30 }
		];
		const s = priorityScores(rows, { rate: 1, growth: 1, grave: 1, recid: 1 });
		expect(s[0].score).toBeCloseTo(100);
		expect(s[1].score).toBeCloseTo(0);
		// C: rate 0.5, grave 0.5, recid 0.5 over three weights → 50
		expect(s[2].score).toBeCloseTo(50);
		expect(s[2].parts.growth).toBeNull();
		expect(s[0].rateExcess).toBeCloseTo(20);
	});
});
