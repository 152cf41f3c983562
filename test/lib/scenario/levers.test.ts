// Levers: baseline defaults, the range the data supports, refusals with a clear message.
import { describe, expect, it } from 'vitest';
import {
	BASELINE_LEVERS,
	LeverRangeError,
	isBaseline,
	parseLevers
} from '../../../src/lib/scenario';

describe('parseLevers', () => {
	it('gives the baseline for no or empty parameters', () => {
		expect(parseLevers({})).toEqual(BASELINE_LEVERS);
		expect(parseLevers({ imprisonmentShare: '', h: '' })).toEqual(BASELINE_LEVERS);
		expect(isBaseline(parseLevers({ h: '10' }))).toBe(true);
	});

	it('reads levers from strings', () => {
		const l = parseLevers({
			h: '7',
			imprisonmentShare: '30',
			timeServedPct: '-10',
			probationShiftPct: '20'
		});
		expect(l).toMatchObject({
			h: 7,
			imprisonmentShare: 30,
			timeServedPct: -10,
			probationShiftPct: 20
		});
		expect(isBaseline(l)).toBe(false);
		expect(parseLevers({ convictionsPct: '-3' })).toMatchObject({
			convictions: 'pct',
			convictionsPct: -3
		});
	});

	it('refuses a share of imprisonment outside the published range, saying what it is', () => {
		expect(() => parseLevers({ imprisonmentShare: '60' })).toThrow(LeverRangeError);
		expect(() => parseLevers({ imprisonmentShare: '60' })).toThrow(
			/outside what the data supports \(20 to 45 %\).*kzpf-023/
		);
		expect(() => parseLevers({ h: '11' })).toThrow(/1 to 10 years/);
		expect(() => parseLevers({ timeServedPct: '-31' })).toThrow(LeverRangeError);
		expect(() => parseLevers({ convictionsPct: '12' })).toThrow(/±10 % a year/);
	});

	it('refuses malformed and unknown levers', () => {
		expect(() => parseLevers({ h: '2.5' })).toThrow(/h = «2.5»: expected a whole number/);
		expect(() => parseLevers({ imprisonmentShare: 'abc' })).toThrow(/expected a number/);
		expect(() => parseLevers({ share: '30' })).toThrow(/unknown lever\(s\) share/);
		expect(() => parseLevers({ convictions: 'down' })).toThrow(/convictions/);
	});
});
