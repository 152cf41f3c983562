// Derivative-free minimisation (Nelder–Mead) and golden-section search, used to fit smoothing
// parameters by likelihood or squared error without pulling in a numerical library.

export interface MinimiseResult {
	x: number[];
	value: number;
	evaluations: number;
}

/**
 * Nelder–Mead simplex minimisation of f starting at x0 with initial steps `step`. Written
 * allocation-free inside the loop: it runs hundreds of thousands of times in a backtest.
 * Stops when the vertices' values agree to the relative `tol`, or (with `xtol` > 0) when every
 * coordinate of the simplex spans less than `xtol` times its initial step — the parameters are
 * then known as precisely as they matter, even where the objective keeps creeping (a boundary,
 * a flat valley).
 */
export function nelderMead(
	f: (x: Float64Array) => number,
	x0: readonly number[],
	step: readonly number[],
	maxEval = 400,
	tol = 1e-8,
	xtol = 0
): MinimiseResult {
	const n = x0.length;
	// the simplex and work vectors of this dimension, reused across calls (a backtest makes
	// hundreds of thousands of small calls); a nested call gets its own, fresh ones
	const ws = nmBusy ? newWorkspace(n) : (nmPool[n] ??= newWorkspace(n));
	const wasBusy = nmBusy;
	nmBusy = true;
	try {
		return nelderMeadIn(ws, f, x0, step, maxEval, tol, xtol);
	} finally {
		nmBusy = wasBusy;
	}
}

interface NmWorkspace {
	pts: Float64Array[];
	vals: Float64Array;
	c: Float64Array;
	xr: Float64Array;
	xe: Float64Array;
	xc: Float64Array;
	order: Int32Array;
}
const nmPool: NmWorkspace[] = [];
let nmBusy = false;
function newWorkspace(n: number): NmWorkspace {
	return {
		pts: Array.from({ length: n + 1 }, () => new Float64Array(n)),
		vals: new Float64Array(n + 1),
		c: new Float64Array(n),
		xr: new Float64Array(n),
		xe: new Float64Array(n),
		xc: new Float64Array(n),
		order: new Int32Array(n + 1)
	};
}

function nelderMeadIn(
	ws: NmWorkspace,
	f: (x: Float64Array) => number,
	x0: readonly number[],
	step: readonly number[],
	maxEval: number,
	tol: number,
	xtol: number
): MinimiseResult {
	const n = x0.length;
	const { pts, vals, c, xr, xe, xc, order } = ws;
	for (let i = 0; i <= n; i++) {
		const p = pts[i];
		for (let j = 0; j < n; j++) p[j] = x0[j];
		if (i > 0) p[i - 1] += step[i - 1];
		vals[i] = f(p);
	}
	let evals = n + 1;
	for (let i = 0; i <= n; i++) order[i] = i;
	const point = (out: Float64Array, t: number, worst: Float64Array) => {
		for (let j = 0; j < n; j++) out[j] = c[j] + t * (worst[j] - c[j]);
	};
	while (evals < maxEval) {
		// insertion sort of the n + 1 vertex indices by value
		for (let i = 1; i <= n; i++) {
			const v = order[i];
			let j = i - 1;
			while (j >= 0 && vals[order[j]] > vals[v]) {
				order[j + 1] = order[j];
				j--;
			}
			order[j + 1] = v;
		}
		const best = order[0];
		const worst = order[n];
		const second = order[n - 1];
		if (Math.abs(vals[worst] - vals[best]) <= tol * (Math.abs(vals[best]) + tol)) break;
		if (xtol > 0 && vals[worst] < 1e11) {
			let small = true;
			const pb = pts[best];
			for (let i = 0; i <= n && small; i++) {
				const p = pts[i];
				for (let j = 0; j < n; j++)
					if (Math.abs(p[j] - pb[j]) > xtol * Math.abs(step[j])) {
						small = false;
						break;
					}
			}
			if (small) break;
		}
		c.fill(0);
		for (let i = 0; i < n; i++) {
			const p = pts[order[i]];
			for (let j = 0; j < n; j++) c[j] += p[j] / n;
		}
		const pw = pts[worst];
		point(xr, -1, pw);
		const fr = f(xr);
		evals++;
		if (fr < vals[best]) {
			point(xe, -2, pw);
			const fe = f(xe);
			evals++;
			if (fe < fr) {
				pw.set(xe);
				vals[worst] = fe;
			} else {
				pw.set(xr);
				vals[worst] = fr;
			}
		} else if (fr < vals[second]) {
			pw.set(xr);
			vals[worst] = fr;
		} else {
			point(xc, fr < vals[worst] ? -0.5 : 0.5, pw);
			const fc = f(xc);
			evals++;
			if (fc < Math.min(fr, vals[worst])) {
				pw.set(xc);
				vals[worst] = fc;
			} else {
				const pb = pts[best];
				for (let i = 0; i <= n; i++) {
					if (i === best) continue;
					const p = pts[i];
					for (let j = 0; j < n; j++) p[j] = pb[j] + 0.5 * (p[j] - pb[j]);
					vals[i] = f(p);
					evals++;
				}
			}
		}
	}
	let bi = 0;
	for (let i = 1; i <= n; i++) if (vals[i] < vals[bi]) bi = i;
	return { x: Array.from(pts[bi]), value: vals[bi], evaluations: evals };
}

/** Golden-section search for the minimum of a unimodal f on [a, b]. */
export function goldenSection(f: (x: number) => number, a: number, b: number, tol = 1e-5): number {
	const g = (Math.sqrt(5) - 1) / 2;
	let c = b - g * (b - a);
	let d = a + g * (b - a);
	let fc = f(c);
	let fd = f(d);
	while (b - a > tol) {
		if (fc < fd) {
			b = d;
			d = c;
			fd = fc;
			c = b - g * (b - a);
			fc = f(c);
		} else {
			a = c;
			c = d;
			fc = fd;
			d = a + g * (b - a);
			fd = f(d);
		}
	}
	return (a + b) / 2;
}
