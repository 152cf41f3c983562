// Derivative-free minimisation (Nelder–Mead) and golden-section search, used to fit smoothing
// parameters by likelihood or squared error without pulling in a numerical library.

export interface MinimiseResult {
	x: number[];
	value: number;
	evaluations: number;
}

/** Nelder–Mead simplex minimisation of f starting at x0 with initial steps `step`. */
export function nelderMead(
	f: (x: number[]) => number,
	x0: number[],
	step: number[],
	maxEval = 400,
	tol = 1e-8
): MinimiseResult {
	const n = x0.length;
	const pts: number[][] = [x0.slice()];
	for (let i = 0; i < n; i++) {
		const p = x0.slice();
		p[i] += step[i];
		pts.push(p);
	}
	const vals = pts.map(f);
	let evals = n + 1;
	const order = pts.map((_, i) => i);
	while (evals < maxEval) {
		order.sort((a, b) => vals[a] - vals[b]);
		const best = order[0];
		const worst = order[n];
		const second = order[n - 1];
		if (Math.abs(vals[worst] - vals[best]) <= tol * (Math.abs(vals[best]) + tol)) break;
		const c = new Array<number>(n).fill(0);
		for (const i of order.slice(0, n)) for (let j = 0; j < n; j++) c[j] += pts[i][j] / n;
		const at = (t: number) => c.map((cj, j) => cj + t * (pts[worst][j] - cj));
		const xr = at(-1);
		const fr = f(xr);
		evals++;
		if (fr < vals[best]) {
			const xe = at(-2);
			const fe = f(xe);
			evals++;
			if (fe < fr) {
				pts[worst] = xe;
				vals[worst] = fe;
			} else {
				pts[worst] = xr;
				vals[worst] = fr;
			}
		} else if (fr < vals[second]) {
			pts[worst] = xr;
			vals[worst] = fr;
		} else {
			const xc = fr < vals[worst] ? at(-0.5) : at(0.5);
			const fc = f(xc);
			evals++;
			if (fc < Math.min(fr, vals[worst])) {
				pts[worst] = xc;
				vals[worst] = fc;
			} else {
				for (const i of order.slice(1)) {
					pts[i] = pts[i].map((v, j) => pts[best][j] + 0.5 * (v - pts[best][j]));
					vals[i] = f(pts[i]);
					evals++;
				}
			}
		}
	}
	let bi = 0;
	for (let i = 1; i <= n; i++) if (vals[i] < vals[bi]) bi = i;
	return { x: pts[bi], value: vals[bi], evaluations: evals };
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
