// Reading the batch format `series,t,value` (t = 1..n in time order) and writing
// `series,method,h,mean,lo80,hi80,lo95,hi95`, with clear errors naming file, line and problem.

export interface TrainSeries {
	id: string;
	y: number[];
}

function splitCsvLine(line: string): string[] {
	const out: string[] = [];
	let cur = '';
	let q = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (q) {
			if (c === '"' && line[i + 1] === '"') ((cur += '"'), i++);
			else if (c === '"') q = false;
			else cur += c;
		} else if (c === '"') q = true;
		else if (c === ',') (out.push(cur), (cur = ''));
		else cur += c;
	}
	out.push(cur);
	return out;
}

export function parseTrainCsv(text: string, file = 'TRAIN.csv'): TrainSeries[] {
	const lines = text.split(/\r?\n/);
	const header = splitCsvLine(lines[0] ?? '').map((s) => s.trim().toLowerCase());
	const [is, it, iv] = ['series', 't', 'value'].map((c) => header.indexOf(c));
	if (is < 0 || it < 0 || iv < 0)
		throw new Error(
			`${file}: line 1 must be a header with columns series,t,value; got "${lines[0] ?? ''}"`
		);
	const rows = new Map<string, Map<number, number>>();
	for (let ln = 1; ln < lines.length; ln++) {
		if (!lines[ln].trim()) continue;
		const cells = splitCsvLine(lines[ln]);
		const id = cells[is];
		const t = Number(cells[it]);
		const raw = (cells[iv] ?? '').trim();
		const v = Number(raw);
		if (!Number.isInteger(t) || t < 1)
			throw new Error(`${file}: line ${ln + 1}: t must be a positive integer, got "${cells[it]}"`);
		if (raw === '' || !Number.isFinite(v))
			throw new Error(
				`${file}: line ${ln + 1} (series "${id}", t=${t}): value "${raw}" is not a number; fill or drop missing values`
			);
		const m = rows.get(id) ?? new Map<number, number>();
		if (m.has(t)) throw new Error(`${file}: line ${ln + 1}: series "${id}" has t=${t} twice`);
		m.set(t, v);
		rows.set(id, m);
	}
	if (rows.size === 0) throw new Error(`${file}: no data rows`);
	return [...rows].map(([id, m]) => {
		const n = m.size;
		const y: number[] = [];
		for (let t = 1; t <= n; t++) {
			if (!m.has(t))
				throw new Error(
					`${file}: series "${id}" has ${n} rows but t=${t} is missing (t must run 1..n)`
				);
			y.push(m.get(t)!);
		}
		return { id, y };
	});
}

const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const num = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : 'NA');

export interface OutRow {
	series: string;
	method: string;
	mean: number[];
	lower: number[][];
	upper: number[][];
}

export function formatForecastCsv(rows: OutRow[]): string {
	const out = ['series,method,h,mean,lo80,hi80,lo95,hi95'];
	for (const r of rows)
		r.mean.forEach((m, k) => {
			out.push(
				[
					q(r.series),
					r.method,
					k + 1,
					num(m),
					num(r.lower[0][k]),
					num(r.upper[0][k]),
					num(r.lower[1][k]),
					num(r.upper[1][k])
				].join(',')
			);
		});
	return out.join('\n') + '\n';
}
