// Bench data: the M3 yearly/monthly splits, the NSW monthly crime series cut at the three
// origins of the protocol (one group per origin). Kazakhstan's annual series: forecast-kz.ts.

import fs from 'node:fs';
import path from 'node:path';
import type { Split } from './forecast-eval.ts';

export const DATA = path.resolve(import.meta.dirname, '../../shared/data');

function need(file: string): string {
	if (!fs.existsSync(file)) throw new Error(`bench data missing: ${file}`);
	return fs.readFileSync(file, 'utf8');
}

export function m3(kind: 'yearly' | 'monthly', last?: number, h?: number): Split[] {
	const data: { id: string; x: number[]; xx: number[] }[] = JSON.parse(
		need(path.join(DATA, `benchmarks/m3_${kind}.json`))
	);
	return data.map((s) => ({
		id: s.id,
		x: last ? s.x.slice(-last) : s.x,
		xx: h ? s.xx.slice(0, h) : s.xx
	}));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** NSW offences: one split per series and origin year (train to December of `origin`), h = 24. */
export function nsw(origins = [2017, 2018, 2019], h = 24): Split[] {
	const text = need(path.join(DATA, 'benchmarks/nsw-offences-monthly-1995-2021.csv'));
	const series = new Map<string, Map<number, number>>();
	for (const line of text.trim().split(/\r?\n/).slice(1)) {
		const m = /^(\d{4}) (\w{3}),("(?:[^"]|"")*"|[^,]*),(\d+)$/.exec(line);
		if (!m) throw new Error(`NSW csv: cannot parse line "${line}"`);
		const idx = (Number(m[1]) - 1995) * 12 + MONTHS.indexOf(m[2]);
		const type = m[3].replace(/^"|"$/g, '');
		const s = series.get(type) ?? new Map<number, number>();
		s.set(idx, Number(m[4]));
		series.set(type, s);
	}
	const out: Split[] = [];
	for (const origin of origins)
		for (const [type, s] of series) {
			const n = (origin - 1995 + 1) * 12;
			const all = Array.from({ length: s.size }, (_, i) => s.get(i)!);
			out.push({
				id: `${type}@${origin}`,
				group: `${origin}-12`,
				x: all.slice(0, n),
				xx: all.slice(n, n + h),
				testPeriods: Array.from(
					{ length: Math.min(h, all.length - n) },
					(_, k) =>
						`${1995 + Math.floor((n + k) / 12)}-${String(((n + k) % 12) + 1).padStart(2, '0')}`
				)
			});
		}
	return out;
}
