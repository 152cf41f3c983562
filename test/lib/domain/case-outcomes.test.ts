/**
 * The case-outcome formulas (src/lib/domain/case-outcomes.ts) on small figures made here, and
 * the clearance component of the priority score. Real workbook figures: test/server/clearance.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { addGrafy, outcomeShares, sngClearance } from '../../../src/lib/domain/case-outcomes';
import { priorityScores } from '../../../src/lib/domain/indicators';

describe('outcomeShares', () => {
	it('divides графы 7, 8, 13 + 14 and 15 by графа 1', () => {
		const s = outcomeShares({ '1': 200, '7': 50, '8': 30, '13': 20, '14': 10, '15': 40 });
		expect(s).toEqual({
			registered: 200,
			finished: 25,
			toCourt: 15,
			terminated: 15,
			suspended: 20
		});
	});

	it('gives null, never 0, for a missing графа or nothing registered', () => {
		const s = outcomeShares({ '1': 200, '7': 50, '8': 30, '13': 20 });
		expect(s.terminated).toBeNull();
		expect(s.suspended).toBeNull();
		expect(outcomeShares({ '1': 0, '7': 0 }).finished).toBeNull();
		expect(outcomeShares({}).registered).toBeNull();
	});

	it('adds regions only where every region has the графа', () => {
		expect(addGrafy([{ '1': 2, '7': 1 }, { '1': 3 }], ['1', '7'])).toEqual({ '1': 5 });
		expect(addGrafy([], ['1'])).toEqual({});
	});

	it('computes СНГ-1 clearance as графа 3 ÷ графа 1', () => {
		expect(sngClearance({ '1': 4535, '3': 2713 })).toBeCloseTo(59.824, 3);
		expect(sngClearance({ '1': 4535 })).toBeNull();
	});
});

describe('the clearance component of the priority score', () => {
	const base = { rate: 1, nationalRate: 1, growth: null, graveShare: null, recidivism: null };
	const rows = [
		{ ...base, code: 'A', clearance: 40 },
		{ ...base, code: 'B', clearance: 60 },
		{ ...base, code: 'C', clearance: null }
	];

	it('ranks the lowest clearance highest and leaves a region without it unscored', () => {
		const s = priorityScores(rows, { rate: 0, growth: 0, grave: 0, recid: 0, clear: 10 });
		expect(s.map((r) => r.score)).toEqual([100, 0, null]);
	});

	it('does not change the score at weight 0 (the default)', () => {
		const w = { rate: 40, growth: 30, grave: 20, recid: 10 };
		const a = priorityScores(rows, w).map((r) => r.score);
		const b = priorityScores(rows, { ...w, clear: 0 }).map((r) => r.score);
		expect(b).toEqual(a);
	});
});
