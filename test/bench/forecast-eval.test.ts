// The bench's coverage split at a break (bench/forecast-eval.ts), on forecasts made up by hand.
import { describe, expect, it } from 'vitest';
import { scoreForecasts, type Split } from '../../bench/forecast-eval';
import type { SeriesForecast } from '../../src/lib/forecast/types';

const flat = (h: number, mean: number, i80: [number, number], i95: [number, number]) =>
	({
		mean: new Array(h).fill(mean),
		levels: [80, 95],
		lower: [new Array(h).fill(i80[0]), new Array(h).fill(i95[0])],
		upper: [new Array(h).fill(i80[1]), new Array(h).fill(i95[1])]
	}) as unknown as SeriesForecast;

describe('coverage around a break', () => {
	const splits: Split[] = [
		{ id: 'a', x: [10, 12, 14], xx: [15, 20, 30], testPeriods: ['2020-01', '2020-02', '2020-03'] },
		{ id: 'b', x: [10, 12, 14], xx: [15], testPeriods: ['2021-06'] }
	];
	const fcs = [flat(3, 15, [14, 16], [10, 25]), flat(1, 15, [14, 16], [10, 25])];
	it('counts the test points before the break month and from it on', () => {
		const s = scoreForecasts(splits, fcs, 1, 'auto', NaN, '2020-03');
		// before 2020-03: 15 inside both, 20 outside 80 % (14–16) but inside 95 % (10–25)
		expect(s.aroundBreak!.before).toEqual({ n: 2, cov80: 0.5, cov95: 1 });
		// from 2020-03: 30 outside both; b's 15 inside both
		expect(s.aroundBreak!.after).toEqual({ n: 2, cov80: 0.5, cov95: 0.5 });
		// and the whole: 80 % holds 2 of 4, 95 % 3 of 4
		expect(s.cov80).toBe(0.5);
		expect(s.cov95).toBe(0.75);
	});
	it('no break, no split; a break without test periods is an error', () => {
		expect(scoreForecasts(splits, fcs, 1, 'auto', NaN).aroundBreak).toBeUndefined();
		const bare = splits.map(({ testPeriods: _, ...s }) => s);
		expect(() => scoreForecasts(bare, fcs, 1, 'auto', NaN, '2020-03')).toThrow(
			/split a: a break needs the test periods/
		);
	});
});
