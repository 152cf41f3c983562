// Exact Gaussian likelihood of a stationary ARMA(p, q) process by the innovations algorithm
// applied to the AR-transformed process (Brockwell & Davis, "Introduction to Time Series and
// Forecasting", 2nd ed., §3.3 and §5.2): autocovariances of the ARMA, then the θ_{n,j} and v_n
// recursions, which need only lags j ≤ q once n ≥ max(p, q). Used by arima.ts to refit the
// chosen order by exact maximum likelihood (R's `arima(method = "CSS-ML")`).

/**
 * Autocovariances γ(0..maxLag) of X_t − Σ φ_i X_{t−i} = Z_t + Σ θ_j Z_{t−j}, Var Z = 1
 * (B&D §3.2, method 3: the first p + 1 equations solved jointly, then the AR recursion).
 * Null when the system is singular (a unit AR root).
 */
export function armaAutocov(
	phi: readonly number[],
	theta: readonly number[],
	maxLag: number
): Float64Array | null {
	const p = phi.length;
	const q = theta.length;
	const th = (j: number) => (j === 0 ? 1 : j <= q ? theta[j - 1] : 0);
	// ψ-weights up to q
	const psi = new Float64Array(q + 1);
	for (let j = 0; j <= q; j++) {
		let v = th(j);
		for (let i = 1; i <= Math.min(j, p); i++) v += phi[i - 1] * psi[j - i];
		psi[j] = v;
	}
	const rhs = (k: number) => {
		let v = 0;
		for (let j = k; j <= q; j++) v += th(j) * psi[j - k];
		return v;
	};
	const g = new Float64Array(Math.max(maxLag, p) + 1);
	if (p > 0) {
		const k1 = p + 1;
		const A = new Float64Array(k1 * k1);
		const b = new Float64Array(k1);
		for (let k = 0; k <= p; k++) {
			A[k * k1 + k] += 1;
			for (let r = 1; r <= p; r++) A[k * k1 + Math.abs(k - r)] -= phi[r - 1];
			b[k] = rhs(k);
		}
		const x = solveDense(A, b, k1);
		if (!x) return null;
		g.set(x);
	} else g[0] = rhs(0);
	for (let k = p + 1; k < g.length; k++) {
		let v = k <= q ? rhs(k) : 0;
		for (let r = 1; r <= p; r++) v += phi[r - 1] * g[k - r];
		g[k] = v;
	}
	return g.length === maxLag + 1 ? g : g.slice(0, maxLag + 1);
}

export interface ArmaInnovations {
	/** One-step prediction errors X_t − X̂_t. */
	e: Float64Array;
	/** r_{t−1}: their variances in units of σ². */
	r: Float64Array;
	/** Σ e_t² / r_{t−1} (n σ̂², σ̂² the ML variance). */
	S: number;
	/** Σ log r_{t−1}. */
	sumLogR: number;
	/**
	 * θ_{k,j} (1 ≤ j ≤ q) for k < n + extra (the coefficients of the predictors, B&D (5.2.6); for
	 * k ≥ n they serve the h-step forecasts (5.3.9)); 0 outside.
	 */
	theta: (k: number, j: number) => number;
}

/**
 * Innovations of the zero-mean ARMA on x (B&D §5.2, (5.2.4)–(5.2.6)); null when the
 * autocovariances do not exist or a prediction variance is not positive.
 */
export function armaInnovations(
	x: ArrayLike<number>,
	phi: readonly number[],
	theta: readonly number[],
	extra = 0
): ArmaInnovations | null {
	const n = x.length;
	const nk = n + extra;
	const p = phi.length;
	const q = theta.length;
	const mm = Math.max(p, q);
	const e = new Float64Array(n);
	const r = new Float64Array(n);
	const none = () => 0;
	if (n === 0) return { e, r, S: 0, sumLogR: 0, theta: none };
	if (mm === 0) {
		let S = 0;
		for (let t = 0; t < n; t++) {
			e[t] = x[t];
			r[t] = 1;
			S += x[t] * x[t];
		}
		return { e, r, S, sumLogR: 0, theta: none };
	}
	const g = armaAutocov(phi, theta, mm);
	if (!g) return null;
	const th = (j: number) => (j === 0 ? 1 : j <= q ? theta[j - 1] : 0);
	// Σ_{r=0}^{q} θ_r θ_{r+h}
	const maCov = new Float64Array(q + 1);
	for (let h = 0; h <= q; h++) {
		let v = 0;
		for (let s = 0; s + h <= q; s++) v += th(s) * th(s + h);
		maCov[h] = v;
	}
	// κ(i, j) of the transformed process W (1-based indices, (5.2.5))
	const kappa = (i: number, j: number): number => {
		const h = Math.abs(i - j);
		const lo = Math.min(i, j);
		const hi = Math.max(i, j);
		if (hi <= mm) return g[h];
		if (lo <= mm) {
			if (hi > 2 * mm || h > mm) return 0;
			let v = g[h];
			for (let s = 1; s <= p; s++) v -= phi[s - 1] * g[Math.abs(s - h)];
			return v;
		}
		return h <= q ? maCov[h] : 0;
	};
	// row k holds θ_{k,k−j} by absolute time j ∈ [k − mm, k) at k·mm + j − k + mm (so θ_{k,h} at
	// k·mm + mm − h), and UV the same times v_j: the recursion's sums are then dot products of
	// contiguous runs. Only lags h ≤ min(k, mm) exist, only h ≤ q are non-zero once k ≥ mm.
	const U = new Float64Array(nk * mm);
	const UV = new Float64Array(nk * mm);
	const v = new Float64Array(nk);
	const len = (k: number) => (k < mm ? k : q);
	v[0] = kappa(1, 1);
	if (!(v[0] > 0)) return null;
	for (let k = 1; k < nk; k++) {
		const L = len(k);
		const ok = k * mm - k + mm; // U[ok + j] = θ_{k,k−j}
		for (let i = k - L; i < k; i++) {
			// θ_{k,k−i} = (κ(k+1, i+1) − Σ_{j<i} θ_{i,i−j} θ_{k,k−j} v_j) / v_i
			let s = kappa(k + 1, i + 1);
			const oi = i * mm - i + mm;
			for (let j = Math.max(k - L, i - len(i)); j < i; j++) s -= U[oi + j] * UV[ok + j];
			const u = s / v[i];
			U[ok + i] = u;
			UV[ok + i] = u * v[i];
		}
		let vk = kappa(k + 1, k + 1);
		for (let j = k - L; j < k; j++) vk -= U[ok + j] * UV[ok + j];
		if (!(vk > 0)) return null;
		v[k] = vk;
	}
	let S = 0;
	let sumLogR = 0;
	for (let t = 0; t < n; t++) {
		// X̂ at (1-based) time t + 1 from the predictor after t observations
		let xh = 0;
		if (t > 0) {
			const k = t; // predictor uses θ_{t, ·}
			const L = len(k);
			if (k >= mm) for (let i = 1; i <= p; i++) xh += phi[i - 1] * x[t - i];
			for (let j = 1; j <= L; j++) xh += U[k * mm + mm - j] * e[t - j];
		}
		e[t] = x[t] - xh;
		r[t] = v[t];
		S += (e[t] * e[t]) / v[t];
		sumLogR += Math.log(v[t]);
	}
	const thetaAt = (k: number, j: number) =>
		k >= 0 && k < nk && j >= 1 && j <= len(k) ? U[k * mm + mm - j] : 0;
	return { e, r, S, sumLogR, theta: thetaAt };
}

/**
 * Exact Gaussian log-likelihood of the ARMA on x with σ² concentrated out (σ̂² = S / n), as R's
 * `arima` reports it: −n/2 log(2π σ̂²) − ½ Σ log r − n/2.
 */
export function armaLogLik(
	x: ArrayLike<number>,
	phi: readonly number[],
	theta: readonly number[]
): { loglik: number; sigma2: number } | null {
	const inn = armaInnovations(x, phi, theta);
	if (!inn) return null;
	const n = x.length;
	const sigma2 = inn.S / n;
	return {
		loglik: -0.5 * n * Math.log(2 * Math.PI * sigma2) - 0.5 * inn.sumLogR - 0.5 * n,
		sigma2
	};
}

/**
 * Solves the k×k system A x = b (Gaussian elimination, partial pivoting; A, b overwritten);
 * null when a pivot is not above `tiny` in absolute value (singular for our purpose).
 */
export function solveDense(
	A: Float64Array,
	b: Float64Array,
	k: number,
	tiny = 1e-12
): Float64Array | null {
	for (let c = 0; c < k; c++) {
		let piv = c;
		for (let r = c + 1; r < k; r++) if (Math.abs(A[r * k + c]) > Math.abs(A[piv * k + c])) piv = r;
		if (!(Math.abs(A[piv * k + c]) > tiny)) return null;
		if (piv !== c) {
			for (let j = 0; j < k; j++) {
				const tmp = A[c * k + j];
				A[c * k + j] = A[piv * k + j];
				A[piv * k + j] = tmp;
			}
			const tb = b[c];
			b[c] = b[piv];
			b[piv] = tb;
		}
		for (let r = c + 1; r < k; r++) {
			const f = A[r * k + c] / A[c * k + c];
			if (f === 0) continue;
			for (let j = c; j < k; j++) A[r * k + j] -= f * A[c * k + j];
			b[r] -= f * b[c];
		}
	}
	const x = new Float64Array(k);
	for (let r = k - 1; r >= 0; r--) {
		let s = b[r];
		for (let j = r + 1; j < k; j++) s -= A[r * k + j] * x[j];
		x[r] = s / A[r * k + r];
	}
	return x;
}
