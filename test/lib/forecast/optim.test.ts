// The optimiser's stopping rules on problems whose answers are known exactly.
import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../../src/lib/forecast/optim';

describe('nelderMead', () => {
	it('finds the minimum of a quadratic bowl at (1, -2)', () => {
		const r = nelderMead(
			(x) => (x[0] - 1) ** 2 + 3 * (x[1] + 2) ** 2,
			[0, 0],
			[0.5, 0.5],
			400,
			1e-12
		);
		expect(r.x[0]).toBeCloseTo(1, 4);
		expect(r.x[1]).toBeCloseTo(-2, 4);
	});
	it('xtol stops the creep towards a bound once the simplex is smaller than xtol × step', () => {
		// f(x) = x on [0.1, 1], infeasible (1e12) outside: the minimum is the bound 0.1, where the
		// values agree to a relative 1e-12 only once the simplex is ~1e-13 wide (about 40 halvings)
		const f = (x: Float64Array) => (x[0] < 0.1 || x[0] > 1 ? 1e12 : x[0]);
		const loose = nelderMead(f, [0.5], [0.2], 500, 1e-12);
		const tight = nelderMead(f, [0.5], [0.2], 500, 1e-12, 1e-3);
		expect(loose.evaluations).toBeGreaterThan(60);
		expect(tight.evaluations).toBeLessThan(loose.evaluations / 2);
		expect(tight.x[0]).toBeGreaterThanOrEqual(0.1);
		expect(tight.x[0] - 0.1).toBeLessThan(1e-3 * 0.2 * 2);
	});
});
