/**
 * Deterministic randomness for the synthetic demo: every draw comes from a stream named by
 * (seed, key), so a region-period's numbers do not depend on the order of generation and every
 * number is reproducible from the seed in data/demo/settings.json.
 */

/** 32-bit string hash (cyrb53 folded to 32 bits). */
function hashString(text: string): number {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (h1 ^ h2) >>> 0;
}

export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform in [lo, hi). */
	between(lo: number, hi: number): number;
	/** 1 + a symmetric wobble of at most ±spread (triangular, so extremes are rare). */
	wobble(spread: number): number;
}

/**
 * mulberry32: a small, fast seeded generator of uniform numbers in [0, 1); the same seed gives
 * the same stream on every machine (the demo, the HTTP bench's request mix and randomised tests
 * use this one).
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** mulberry32 on a stream named by seed and key. */
export function rngFor(seed: number, key: string): Rng {
	const next = mulberry32(hashString(`${seed}|${key}`));
	return {
		next,
		between: (lo, hi) => lo + (hi - lo) * next(),
		wobble: (spread) => 1 + spread * (next() - next())
	};
}

/**
 * Split a whole number into whole parts proportional to weights (largest remainder), so the
 * parts add up exactly: the demo's control sums hold by construction.
 */
export function apportion(total: number, weights: number[]): number[] {
	const sum = weights.reduce((s, w) => s + w, 0);
	if (total <= 0 || sum <= 0) return weights.map(() => 0);
	const exact = weights.map((w) => (total * w) / sum);
	const parts = exact.map(Math.floor);
	let left = total - parts.reduce((s, p) => s + p, 0);
	const order = exact
		.map((x, i) => ({ i, frac: x - Math.floor(x) }))
		.sort((a, b) => b.frac - a.frac || a.i - b.i);
	for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k].i]++;
	return parts;
}
