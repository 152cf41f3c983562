// Hierarchical reconciliation: regions sum to the country, articles to chapters. Base forecasts
// made independently do not add up; bottom-up and MinT (Wickramasuriya et al. 2019) with
// diagonal weights (wls_struct: number of bottom series under each node; wls_var: backtest
// error variances) make them coherent. With ~10 annual points the full covariance is singular,
// so only the diagonal MinT variants are offered.

export interface Hierarchy {
	/** Names of all nodes, totals first or in any order. */
	nodes: string[];
	/** Bottom-level node names (e.g. regions). */
	bottom: string[];
	/** S[i][j] = 1 if bottom series j is part of node i. */
	S: number[][];
}

/** Builds the summing matrix from parent → children links (children may be aggregates). */
export function buildHierarchy(children: Record<string, string[]>): Hierarchy {
	const isChild = new Set(Object.values(children).flat());
	const all = new Set([...Object.keys(children), ...isChild]);
	const bottom = [...all].filter((n) => !children[n] || children[n].length === 0);
	const nodes = [...all];
	const leaves = (n: string): string[] => (children[n]?.length ? children[n].flatMap(leaves) : [n]);
	const S = nodes.map((n) => {
		const ls = new Set(leaves(n));
		return bottom.map((b) => (ls.has(b) ? 1 : 0));
	});
	return { nodes, bottom, S };
}

/** Bottom-up: every aggregate is the sum of its bottom-level forecasts. */
export function bottomUp(h: Hierarchy, base: Record<string, number[]>): Record<string, number[]> {
	const H = base[h.bottom[0]].length;
	const out: Record<string, number[]> = {};
	h.nodes.forEach((n, i) => {
		out[n] = Array.from({ length: H }, (_, k) =>
			h.bottom.reduce((s, b, j) => s + h.S[i][j] * base[b][k], 0)
		);
	});
	return out;
}

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with pivoting. */
function solve(A: number[][], b: number[]): number[] {
	const n = b.length;
	const M = A.map((r, i) => [...r, b[i]]);
	for (let c = 0; c < n; c++) {
		let p = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
		[M[c], M[p]] = [M[p], M[c]];
		if (Math.abs(M[c][c]) < 1e-300) throw new RangeError('reconcile: singular system');
		for (let r = c + 1; r < n; r++) {
			const f = M[r][c] / M[c][c];
			for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
		}
	}
	const x = new Array<number>(n).fill(0);
	for (let r = n - 1; r >= 0; r--) {
		let s = M[r][n];
		for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
		x[r] = s / M[r][r];
	}
	return x;
}

/**
 * MinT with diagonal W: ỹ = S (S' W⁻¹ S)⁻¹ S' W⁻¹ ŷ. `weights` are the diagonal of W per node:
 * wls_struct uses the number of bottom series under each node; wls_var the backtest error variance.
 */
export function minTrace(
	h: Hierarchy,
	base: Record<string, number[]>,
	method: 'wls_struct' | 'wls_var',
	variances?: Record<string, number>
): Record<string, number[]> {
	const w = h.nodes.map((n, i) => {
		if (method === 'wls_struct') return h.S[i].reduce((a, b) => a + b, 0);
		const v = variances?.[n];
		if (!(v! > 0))
			throw new RangeError(`reconcile wls_var: missing or non-positive error variance for "${n}"`);
		return v!;
	});
	const nb = h.bottom.length;
	const StWS = Array.from({ length: nb }, (_, a) =>
		Array.from({ length: nb }, (_, b) =>
			h.nodes.reduce((s, _n, i) => s + (h.S[i][a] * h.S[i][b]) / w[i], 0)
		)
	);
	const H = base[h.nodes[0]].length;
	const out: Record<string, number[]> = Object.fromEntries(
		h.nodes.map((n) => [n, new Array<number>(H)])
	);
	for (let k = 0; k < H; k++) {
		const rhs = Array.from({ length: nb }, (_, a) =>
			h.nodes.reduce((s, n, i) => s + (h.S[i][a] * base[n][k]) / w[i], 0)
		);
		const bottom = solve(StWS, rhs);
		h.nodes.forEach((n, i) => {
			out[n][k] = bottom.reduce((s, v, j) => s + h.S[i][j] * v, 0);
		});
	}
	return out;
}
