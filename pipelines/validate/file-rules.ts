/**
 * The per-file rules (the declared sum rules and the chapter rule) evaluated on one workbook's
 * compact cell table instead of in SQL, in JavaScript on the import thread
 * (pipelines/stages/import-file.ts) instead of on DuckDB's. Only valid when the scope (form,
 * region, period) holds nothing but that workbook's cells: validateRegionPeriod checks that
 * and otherwise keeps the SQL path (sum-rules.ts, chapter-sums.ts).
 *
 * This is a transcription of those two queries, relation by relation, with their multiset
 * semantics (duplicate row codes, several cells for one row and графа, FULL JOINs), NULLs and
 * DuckDB's text functions; the rules themselves are read from rules.ts, never copied.
 * test/pipelines/validate/file-rules.test.ts compares every field of every finding of both
 * paths on the real 2022 workbooks and on copies perturbed to break thousands of rules.
 *
 * Where a DuckDB function is not reproduced exactly the evaluation declines (returns null) and
 * the SQL path runs: TRY_CAST(text AS INTEGER) is reproduced for plain digits and for text
 * without any digit (NULL); sums are exact in both only for integers below 2^53, so a
 * non-integer value in a rule section also declines.
 */
import type { FormCellTable, FormColumnLayout, FormRowLayout } from '../forms/cell-table.ts';
import { LABEL_SEPARATOR } from '../forms/cell-table.ts';
import { chapterFindings, type ChapterBreach } from './chapter-sums.ts';
import { RULE_SECTIONS, type Finding } from './findings.ts';
import { CUMULATIVE } from './monthly.ts';
import { CHAPTER_SECTIONS, type SumRule } from './rules.ts';
import { toFindings, type SumBreach } from './sum-rules.ts';

/** A breach found on the table; `own` says whether the SQL `sha` column would hold the file's. */
export type Local<B> = Omit<B, 'sha'> & { own: boolean };

export interface FileRuleBreaches {
	/** Per rule, in the rules' order, each in the SQL's order. */
	sum: Local<SumBreach>[][];
	chapter: Local<ChapterBreach>[];
	/**
	 * No two cells of a cumulative series (monthly.ts) share section, row code and графа. A
	 * year whose only report is this file then has no negative de-cumulated value: the
	 * monthly rule compares a cell with the previous one of its series, and each series has
	 * one cell (validate/index.ts skips that query then).
	 */
	cumulativeUnique: boolean;
}

/**
 * The table's cells as temp.main.validation_scope selects them (findings.ts): row and column
 * both in a rule section, the row's section as the cell's. Rows are keyed by their table
 * index, which stands for the form_row id (rows are interned by content, as form_row is).
 * Cells are grouped by row (`cellsOf(row)`: indices into the table's arrays).
 */
interface Scope {
	t: FormCellTable;
	/** Rows with at least one cell in scope, in table order. */
	rows: number[];
	start: Int32Array;
	cells: Int32Array;
}

/** Thrown when the table holds something whose SQL meaning is not reproduced here. */
class Decline extends Error {}

const INT_MAX = 2147483647;

/**
 * TRY_CAST(text AS INTEGER) for plain digits and for text without digits; anything else
 * (signs, spaces, decimals, exponents, '_' separators, which DuckDB also accepts) declines.
 */
export function tryCastInteger(text: string): number | null {
	if (/^[0-9]+$/.test(text)) {
		const n = Number(text);
		if (n > INT_MAX) throw new Decline(`TRY_CAST of ${text}`);
		return n;
	}
	if (!/[0-9]/.test(text)) return null;
	throw new Decline(`TRY_CAST of ${text}`);
}

/** DuckDB's ORDER BY on VARCHAR: byte order of UTF-8, i.e. code point order. */
export function compareText(a: string, b: string): number {
	if (a === b) return 0;
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n;) {
		const x = a.codePointAt(i)!;
		const y = b.codePointAt(i)!;
		if (x !== y) return x < y ? -1 : 1;
		i += x > 0xffff ? 2 : 1;
	}
	return a.length - b.length;
}

/** ORDER BY of a nullable integer, ascending, NULLS LAST (DuckDB's default). */
function compareNullableInt(a: number | null, b: number | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a - b;
}

/** min() of nullable text (NULLs ignored), as DuckDB orders text. */
function minText(a: string | null, b: string | null): string | null {
	if (a === null) return b;
	if (b === null) return a;
	return compareText(b, a) < 0 ? b : a;
}

/** The view's cell address: NULL wherever SQL's || meets a NULL. */
function cellAddress(r: FormRowLayout, c: FormColumnLayout): string | null {
	if (r.record === null) {
		return c.columnRef === null || r.sheetRow === null ? null : `${c.columnRef}${r.sheetRow}`;
	}
	return c.columnRef === null ? r.record : `${r.record}.${c.columnRef}`;
}

function scopeOf(t: FormCellTable): Scope {
	const sections = new Set(RULE_SECTIONS);
	const rowIn = t.rows.map((r) => sections.has(r.section));
	const colIn = t.columns.map((c) => sections.has(c.section));
	const start = new Int32Array(t.rows.length + 1);
	let sumAbs = 0;
	let total = 0;
	for (let i = 0; i < t.length; i++) {
		const ri = t.row[i];
		if (!rowIn[ri] || !colIn[t.column[i]]) continue;
		const value = t.value[i];
		if (!Number.isInteger(value)) throw new Decline('a non-integer value');
		sumAbs += Math.abs(value);
		start[ri + 1]++;
		total++;
	}
	// Every partial sum of integers below 2^53 is exact, in any order (SQL's or ours).
	if (sumAbs >= 2 ** 53) throw new Decline('values too large to sum exactly');
	const rows: number[] = [];
	for (let r = 0; r < t.rows.length; r++) {
		if (start[r + 1] > 0) rows.push(r);
		start[r + 1] += start[r];
	}
	const cells = new Int32Array(total);
	const at = start.slice(0, t.rows.length);
	for (let i = 0; i < t.length; i++) {
		const ri = t.row[i];
		if (rowIn[ri] && colIn[t.column[i]]) cells[at[ri]++] = i;
	}
	return { t, rows, start, cells };
}

/** Evaluate the sum rules and the chapter rule on one file's table; null: use the SQL path. */
export function evaluateFileRules(
	table: FormCellTable,
	rules: readonly SumRule[],
	/** The table's layoutHash, if known: the chapter plan of the last table is then reused. */
	layout: string | undefined = table.layoutHash
): FileRuleBreaches | null {
	try {
		const scope = scopeOf(table);
		return {
			sum: sumBreaches(scope, rules),
			chapter: chapterBreaches(scope, layout),
			cumulativeUnique: cumulativeUnique(scope)
		};
	} catch (err) {
		if (err instanceof Decline) return null;
		throw err;
	}
}

/** See FileRuleBreaches.cumulativeUnique: the cells of checkNegativeMonthly's series. */
function cumulativeUnique(scope: Scope): boolean {
	const { t, start, cells } = scope;
	const series = new Map(CUMULATIVE.map((c) => [c.section, new Set(c.grafy)]));
	const seen = new Set<string>();
	for (const r of scope.rows) {
		const row = t.rows[r];
		const grafy = series.get(row.section);
		if (!grafy) continue;
		for (let k = start[r]; k < start[r + 1]; k++) {
			const grafa = t.columns[t.column[cells[k]]].grafa;
			if (!grafy.has(grafa)) continue;
			const key = `${row.section}\u0001${row.rowCode}\u0001${grafa}`;
			if (seen.has(key)) return false;
			seen.add(key);
		}
	}
	return true;
}

// ---------------------------------------------------------------------------------------------
// Sum rules: checkSumRules' query (sum-rules.ts).

/** refGrafaSql: the reference графа of графа `g` of the checked side (null = SQL NULL). */
function refGrafaOf(rule: SumRule, g: string): string | null {
	if (rule.grafaMap === 'same') return g;
	const n = tryCastInteger(g);
	if (n !== null && n <= 2) return g;
	if (n === null) return null;
	if (n + 1 > INT_MAX) throw new Decline('integer overflow');
	return String(n + 1);
}

interface SideGroup {
	grafa: string;
	refGrafa: string | null;
	v: number;
	cell: string | null;
}

function sumBreaches(scope: Scope, rules: readonly SumRule[]): Local<SumBreach>[][] {
	const { t, start, cells } = scope;
	// Rows by (section, row code): the `defs` join matches each def row against these.
	const bySectionRow = new Map<string, number[]>();
	for (const r of scope.rows) {
		const k = `${t.rows[r].section}\u0001${t.rows[r].rowCode}`;
		let list = bySectionRow.get(k);
		if (!list) bySectionRow.set(k, (list = []));
		list.push(r);
	}
	/** Every scope cell of the rows with this section and row code. */
	const each = (section: string, code: string, f: (cell: number, row: number) => void) => {
		for (const r of bySectionRow.get(`${section}\u0001${code}`) ?? [])
			for (let k = start[r]; k < start[r + 1]; k++) f(cells[k], r);
	};
	return rules.map((rule) => {
		const skip = new Set(rule.skipGrafy ?? []);
		// lhs: GROUP BY графа over the checked side (one def row per code, duplicates included).
		const lhs = new Map<string, SideGroup>();
		for (const code of rule.rows)
			each(rule.section, code, (i, r) => {
				const col = t.columns[t.column[i]];
				const grafa = col.grafa;
				if (skip.has(grafa)) return;
				let g = lhs.get(grafa);
				if (!g)
					lhs.set(grafa, (g = { grafa, refGrafa: refGrafaOf(rule, grafa), v: 0, cell: null }));
				g.v += t.value[i];
				g.cell = minText(g.cell, cellAddress(t.rows[r], col));
			});
		// rhs: GROUP BY графа over the reference side.
		const rhs = new Map<string, number>();
		for (const code of rule.refRows)
			each(rule.refSection, code, (i) => {
				const grafa = t.columns[t.column[i]].grafa;
				rhs.set(grafa, (rhs.get(grafa) ?? 0) + t.value[i]);
			});
		// lhs FULL JOIN rhs ON ref_grafa (NULL matches nothing).
		const joined: (Local<SumBreach> & { hasL: boolean; hasR: boolean })[] = [];
		const matched = new Set<string>();
		for (const l of lhs.values()) {
			const r = l.refGrafa === null ? undefined : rhs.get(l.refGrafa);
			if (r !== undefined) matched.add(l.refGrafa!);
			joined.push({
				grafa: l.grafa,
				ref_grafa: l.refGrafa!,
				expected: r ?? 0,
				found: l.v,
				cell: l.cell,
				own: true,
				hasL: true,
				hasR: r !== undefined
			});
		}
		for (const [g, v] of rhs)
			if (!matched.has(g))
				joined.push({
					grafa: g,
					ref_grafa: g,
					expected: v,
					found: 0,
					cell: null,
					own: true,
					hasL: false,
					hasR: true
				});
		const appendix = rule.grafaMap !== 'same';
		const out = joined
			.filter((j) => j.expected !== j.found && (!appendix || (j.hasL && j.hasR)))
			.map(({ hasL: _l, hasR: _r, ...b }) => b);
		// ORDER BY TRY_CAST(grafa AS INTEGER), grafa
		const key = new Map(out.map((b) => [b, tryCastInteger(b.grafa)]));
		return out.sort(
			(a, b) => compareNullableInt(key.get(a)!, key.get(b)!) || compareText(a.grafa, b.grafa)
		);
	});
}

// ---------------------------------------------------------------------------------------------
// Chapter rule: CHAPTER_SQL (chapter-sums.ts).

/**
 * DuckDB's trim() strips Unicode space separators (category Zs; not tabs or newlines) from
 * both ends. The leaf is only tested by patterns anchored at its start, which the end of it
 * cannot change, so only the start is stripped here.
 */
function trimStart(s: string): string {
	let i = 0;
	while (i < s.length && isSpaceSeparator(s.charCodeAt(i))) i++;
	return i === 0 ? s : s.slice(i);
}

/** Unicode category Zs. */
function isSpaceSeparator(c: number): boolean {
	return (
		c === 0x20 ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000
	);
}

// RE2's \s is [\t\n\f\r ] and \d is [0-9].
const HEAD = /^Глава[\t\n\f\r ]+([0-9]+)/;
const SUMMAND_TEXT = /^(приготовление|покушение|прочие|другие|иные)/;
const REMAINDER_TEXT = /^(прочие|другие|иные)/;

interface RowInfo {
	rowId: number;
	section: string;
	rowCode: string;
	depth: number;
	leaf: string;
	article: string | null;
	chapter: string | null;
}

interface Kid extends RowInfo {
	headCode: string;
}

/**
 * What the chapter rule decides on rows, not cells (rows, heads, kids, summand_rows,
 * incomplete, head_rows) and the графы as small integers: a function of the layout and of
 * which rows have cells in scope, so it is kept for the next workbook of the same template.
 */
interface ChapterPlan {
	/** Heads with summand rows: (section, head code), and whether a remainder row makes them incomplete. */
	heads: { section: string; code: string; incomplete: boolean }[];
	/** summand_rows (duplicates kept): row, head index, and (head, row code) group index. */
	summandRow: Int32Array;
	summandHead: Int32Array;
	summandGroup: Int32Array;
	groups: number;
	/** Rows whose (section, row code) is a head's: their head index (-1: no summands), chapters. */
	headRows: { rowId: number; section: string; rowCode: string; head: number; chapters: string[] }[];
	gid: Int32Array;
	grafy: string[];
}

function chapterPlan(scope: Scope): ChapterPlan {
	const { t } = scope;
	const chapterSections = new Set(CHAPTER_SECTIONS);
	// rows: the scope's distinct rows with depth and leaf of their joined label.
	const rows: RowInfo[] = [];
	for (const id of scope.rows) {
		const r = t.rows[id];
		if (!chapterSections.has(r.section)) continue;
		// The joined label split again: a label part holding ' / ' adds depth.
		const parts = r.rowLabel.some((x) => x.includes(LABEL_SEPARATOR))
			? r.rowLabel.join(LABEL_SEPARATOR).split(LABEL_SEPARATOR)
			: r.rowLabel.length
				? r.rowLabel
				: [''];
		rows.push({
			rowId: id,
			section: r.section,
			rowCode: r.rowCode,
			depth: parts.length,
			leaf: trimStart(parts[parts.length - 1]),
			article: r.article,
			chapter: r.chapter
		});
	}
	// heads: DISTINCT (section, row_code, depth, chapter_no), indexed by (section, chapter_no)
	// for the kids join and by (section, row_code) for head_rows.
	interface Head {
		section: string;
		rowCode: string;
		depth: number;
		no: string;
	}
	const distinctHeads = new Map<string, Head>();
	const headsByChapter = new Map<string, Head[]>();
	const headsByCode = new Map<string, Head[]>();
	const push = <V>(m: Map<string, V[]>, k: string, v: V) => {
		const list = m.get(k);
		if (list) list.push(v);
		else m.set(k, [v]);
	};
	for (const r of rows) {
		const m = HEAD.exec(r.leaf);
		if (!m) continue;
		const k = [r.section, r.rowCode, r.depth, m[1]].join('\u0001');
		if (distinctHeads.has(k)) continue;
		const h = { section: r.section, rowCode: r.rowCode, depth: r.depth, no: m[1] };
		distinctHeads.set(k, h);
		push(headsByChapter, `${h.section}\u0001${h.no}`, h);
		push(headsByCode, `${h.section}\u0001${h.rowCode}`, h);
	}
	// kids: rows JOIN heads ON section and chapter = chapter_no, deeper, other row code, summand text.
	const kids: Kid[] = [];
	for (const r of rows) {
		if (r.chapter === null) continue;
		const hs = headsByChapter.get(`${r.section}\u0001${r.chapter}`);
		if (!hs) continue;
		const text =
			(r.article !== null && r.article !== '000' && r.article !== '001') ||
			SUMMAND_TEXT.test(r.leaf.toLowerCase());
		if (!text) continue;
		for (const h of hs)
			if (r.rowCode !== h.rowCode && r.depth > h.depth) kids.push({ ...r, headCode: h.rowCode });
	}
	// top_depth and summand_rows: the shallowest kids of each (section, head code).
	const headKey = (section: string, code: string) => `${section}\u0001${code}`;
	const top = new Map<string, number>();
	for (const k of kids) {
		const key = headKey(k.section, k.headCode);
		const d = top.get(key);
		if (d === undefined || k.depth < d) top.set(key, k.depth);
	}
	const summands = kids.filter((k) => k.depth === top.get(headKey(k.section, k.headCode)));
	const incomplete = new Set(
		summands
			.filter((k) => REMAINDER_TEXT.test(k.leaf.toLowerCase()))
			.map((k) => headKey(k.section, k.headCode))
	);
	const headIndex = new Map<string, number>();
	const heads: ChapterPlan['heads'] = [];
	const groupIndex = new Map<string, number>();
	const summandRow = new Int32Array(summands.length);
	const summandHead = new Int32Array(summands.length);
	const summandGroup = new Int32Array(summands.length);
	summands.forEach((m, i) => {
		const key = headKey(m.section, m.headCode);
		let h = headIndex.get(key);
		if (h === undefined) {
			headIndex.set(key, (h = heads.length));
			heads.push({ section: m.section, code: m.headCode, incomplete: incomplete.has(key) });
		}
		const gk = `${key}\u0001${m.rowCode}`;
		let g = groupIndex.get(gk);
		if (g === undefined) groupIndex.set(gk, (g = groupIndex.size));
		summandRow[i] = m.rowId;
		summandHead[i] = h;
		summandGroup[i] = g;
	});
	// head_rows: rows JOIN heads USING (section, row_code), one row per matching head.
	const headRows: ChapterPlan['headRows'] = [];
	for (const r of rows) {
		const key = headKey(r.section, r.rowCode);
		const hs = headsByCode.get(key);
		if (!hs) continue;
		headRows.push({
			rowId: r.rowId,
			section: r.section,
			rowCode: r.rowCode,
			head: headIndex.get(key) ?? -1,
			chapters: hs.map((h) => h.no)
		});
	}
	// Графы as small integers (their text, interned), so the sums below are array slots.
	const grafaIds = new Map<string, number>();
	const grafy: string[] = [];
	const gid = Int32Array.from(t.columns, (c) => {
		let g = grafaIds.get(c.grafa);
		if (g === undefined) {
			grafaIds.set(c.grafa, (g = grafy.length));
			grafy.push(c.grafa);
		}
		return g;
	});
	return {
		heads,
		summandRow,
		summandHead,
		summandGroup,
		groups: groupIndex.size,
		headRows,
		gid,
		grafy
	};
}

/** The last plan, for the next workbook of the same layout (same hash) and the same rows. */
let lastPlan: { layout: string; rows: Int32Array; plan: ChapterPlan } | null = null;

function planFor(scope: Scope, layout: string | undefined): ChapterPlan {
	const rows = Int32Array.from(scope.rows);
	if (
		layout !== undefined &&
		lastPlan?.layout === layout &&
		lastPlan.rows.length === rows.length &&
		lastPlan.rows.every((r, i) => r === rows[i])
	)
		return lastPlan.plan;
	const plan = chapterPlan(scope);
	lastPlan = layout === undefined ? null : { layout, rows, plan };
	return plan;
}

function chapterBreaches(scope: Scope, layout: string | undefined): Local<ChapterBreach>[] {
	const { t, start, cells } = scope;
	const plan = planFor(scope, layout);
	const { heads, gid, grafy } = plan;
	const G = grafy.length;
	// rhs per head: by_cell → by_row → rhs folded into one pass. by_cell sums a summand row's
	// cells per графа; by_row sums those per (row code, графа) over the head's summand rows (a
	// row listed twice counts twice, as the join does); rhs sums by_row per графа (v) and
	// counts its (row code, графа) groups (n).
	const v = new Float64Array(heads.length * G);
	const n = new Int32Array(heads.length * G);
	const present = new Uint8Array(heads.length * G);
	const matched = new Uint8Array(heads.length * G);
	const seen = new Uint8Array(plan.groups * G);
	for (let s = 0; s < plan.summandRow.length; s++) {
		const row = plan.summandRow[s];
		const h = plan.summandHead[s] * G;
		const grp = plan.summandGroup[s] * G;
		for (let k = start[row]; k < start[row + 1]; k++) {
			const i = cells[k];
			const g = gid[t.column[i]];
			v[h + g] += t.value[i];
			present[h + g] = 1;
			if (!seen[grp + g]) {
				seen[grp + g] = 1;
				n[h + g]++;
			}
		}
	}
	// lhs (the cells of head_rows) FULL JOIN rhs ON (section, row code, графа), filtered as
	// `result`: breaches of heads that have summand rows and no remainder row.
	const out: Local<ChapterBreach>[] = [];
	for (const r of plan.headRows) {
		const h = r.head;
		const kept = h >= 0 && !heads[h].incomplete;
		for (let k = start[r.rowId]; k < start[r.rowId + 1]; k++) {
			const i = cells[k];
			const slot = h * G + gid[t.column[i]];
			const has = h >= 0 && present[slot] === 1;
			if (has) matched[slot] = 1;
			const expected = has ? v[slot] : 0;
			const value = t.value[i];
			if (value === expected || !kept) continue;
			const col = t.columns[t.column[i]];
			for (const chapter of r.chapters)
				out.push({
					section: r.section,
					row_code: r.rowCode,
					grafa: col.grafa,
					chapter,
					expected,
					found: value,
					cell: cellAddress(t.rows[r.rowId], col),
					own: true,
					summands: has ? n[slot] : null
				});
		}
	}
	heads.forEach((head, h) => {
		if (head.incomplete) return;
		for (let g = 0; g < G; g++) {
			const slot = h * G + g;
			if (!present[slot] || matched[slot] || v[slot] === 0) continue;
			out.push({
				section: head.section,
				row_code: head.code,
				grafa: grafy[g],
				chapter: null,
				expected: v[slot],
				found: 0,
				cell: null,
				own: false,
				summands: n[slot]
			});
		}
	});
	// ORDER BY section, TRY_CAST(row_code AS INTEGER), row_code, TRY_CAST(grafa AS INTEGER)
	const keyed = out.map((b) => ({
		b,
		row: tryCastInteger(b.row_code),
		g: tryCastInteger(b.grafa)
	}));
	keyed.sort(
		(x, y) =>
			compareText(x.b.section, y.b.section) ||
			compareNullableInt(x.row, y.row) ||
			compareText(x.b.row_code, y.b.row_code) ||
			compareNullableInt(x.g, y.g)
	);
	return keyed.map((x) => x.b);
}

/** The findings of breaches found on the table, for the file `sha` imported into the scope. */
export function fileRuleFindings(
	breaches: FileRuleBreaches,
	rules: readonly SumRule[],
	form: string,
	regionCode: string,
	period: string,
	sha: string
): Finding[] {
	const withSha = <B>({ own, ...b }: Local<B>) => ({ ...b, sha: own ? sha : null }) as B;
	return [
		...rules.flatMap((rule, i) =>
			toFindings(rule, breaches.sum[i].map(withSha<SumBreach>), regionCode, period)
		),
		...chapterFindings(breaches.chapter.map(withSha<ChapterBreach>), form, regionCode, period)
	];
}
