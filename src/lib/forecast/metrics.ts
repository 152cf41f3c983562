// Accuracy measures as the M3/M4 competitions and Hyndman & Koehler (2006) define them:
// MASE (scaled by the in-sample (seasonal) naive error), sMAPE, coverage and Winkler score.

/** Mean absolute (seasonal) naive one-step error of the training data; the MASE denominator. */
export function maseScale(train: readonly number[], period: number): number {
	const m = train.length > period ? period : 1;
	let s = 0;
	let k = 0;
	for (let t = m; t < train.length; t++) {
		s += Math.abs(train[t] - train[t - m]);
		k++;
	}
	return k > 0 ? s / k : 0;
}

export function mase(actual: readonly number[], fc: readonly number[], scale: number): number {
	let s = 0;
	for (let i = 0; i < actual.length; i++) s += Math.abs(actual[i] - fc[i]);
	return s / actual.length / scale;
}

/** sMAPE in per cent: mean of 200 |a - f| / (|a| + |f|). */
export function smape(actual: readonly number[], fc: readonly number[]): number {
	let s = 0;
	for (let i = 0; i < actual.length; i++) {
		const d = Math.abs(actual[i]) + Math.abs(fc[i]);
		s += d === 0 ? 0 : (200 * Math.abs(actual[i] - fc[i])) / d;
	}
	return s / actual.length;
}

/** Share of actuals inside [lo, hi]. */
export function coverage(
	actual: readonly number[],
	lo: readonly number[],
	hi: readonly number[]
): number {
	let c = 0;
	for (let i = 0; i < actual.length; i++) if (actual[i] >= lo[i] && actual[i] <= hi[i]) c++;
	return c / actual.length;
}

/** Winkler interval score at coverage level (per cent), averaged, scaled by `scale`. */
export function winkler(
	actual: readonly number[],
	lo: readonly number[],
	hi: readonly number[],
	level: number,
	scale = 1
): number {
	const a = 1 - level / 100;
	let s = 0;
	for (let i = 0; i < actual.length; i++) {
		let w = hi[i] - lo[i];
		if (actual[i] < lo[i]) w += (2 / a) * (lo[i] - actual[i]);
		if (actual[i] > hi[i]) w += (2 / a) * (actual[i] - hi[i]);
		s += w;
	}
	return s / actual.length / scale;
}
