// A short, stable fingerprint of the data a forecast was fitted on (FNV-1a, 32-bit), so every
// forecast can say exactly which numbers it came from. Browser-safe (no node:crypto).

export function seriesHash(y: readonly number[]): string {
	let h = 0x811c9dc5;
	const s = y.map((v) => String(v)).join(',');
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}
