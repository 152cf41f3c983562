/**
 * The stock-flow core, pure arithmetic. A stock counted at the end of each year:
 *
 *   S(y) = S(y−1) + inflow(y) − releases(y),   releases(y) = S(y−1) / stay + extra(y)
 *
 * i.e. a constant share 1/stay of the stock leaves each year (mean stay `stay` years) and
 * `extra` are releases outside that rule (an amnesty). A constant inflow I gives the steady
 * state S = I × stay; after a step in the inflow the gap to the new steady state shrinks by
 * the factor (1 − 1/stay) each year. The same core serves the prison population (inflow =
 * convictions × share sentenced to imprisonment) and the probation caseload.
 */

/** The stocks at the end of years 1..n after `initial` (end of year 0); never below zero. */
export function simulateStock(
	initial: number,
	inflow: readonly number[],
	stay: number | readonly number[],
	extraReleases: readonly number[] = []
): number[] {
	const out: number[] = [];
	let s = initial;
	for (let k = 0; k < inflow.length; k++) {
		const m = typeof stay === 'number' ? stay : stay[k];
		if (!(m >= 1))
			throw new RangeError(`mean stay must be at least one year, got ${m} in year ${k + 1}`);
		s = Math.max(0, s - s / m + inflow[k] - (extraReleases[k] ?? 0));
		out.push(s);
	}
	return out;
}

/** The stock a constant inflow and mean stay lead to. */
export function steadyState(inflow: number, stay: number): number {
	return inflow * stay;
}

/**
 * Prison admissions and probation inflow of one year: the convicts sentenced to imprisonment,
 * less the share moved to probation; probation takes its own share of convicts plus those moved.
 */
export function yearFlows(
	convictions: number,
	imprisonmentShare: number,
	probationShare: number,
	movedToProbation = 0
): { admissions: number; probationInflow: number } {
	const sentenced = convictions * imprisonmentShare;
	return {
		admissions: sentenced * (1 - movedToProbation),
		probationInflow: convictions * probationShare + sentenced * movedToProbation
	};
}

/**
 * The model's stock at decimal time t, from the stock at the end of `baseYear` (time
 * baseYear + 1) and the stocks at the ends of the following years, linear in between.
 */
export function stockAt(
	t: number,
	baseYear: number,
	initial: number,
	stocks: readonly number[]
): number {
	const x = t - (baseYear + 1);
	if (x <= 0) return initial;
	const k = Math.floor(x);
	const path = [initial, ...stocks];
	if (k >= stocks.length) return path[path.length - 1];
	return path[k] + (path[k + 1] - path[k]) * (x - k);
}

/** Linear interpolation of annual values at `year`, held flat before the first and after the last. */
export function valueInYear(
	points: readonly { year: number; value: number }[],
	year: number
): number {
	if (!points.length) throw new RangeError('no published values to interpolate');
	if (year <= points[0].year) return points[0].value;
	const last = points[points.length - 1];
	if (year >= last.year) return last.value;
	const i = points.findIndex((p) => p.year >= year);
	const a = points[i - 1];
	const b = points[i];
	return a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
}
