/**
 * The per-file rules evaluated on a workbook's cell table (file-rules.ts, in JavaScript)
 * against the SQL path they replace (checkSumRules + checkChapterSums), field by field: on the
 * 16 real Form 1-M workbooks of 2022, and on copies of them perturbed here to break thousands
 * of rules and to reach the corners of the queries (duplicate row codes and графы, графы
 * written '03' or without a number, remainder and attempt rows, new and displaced chapter
 * heads, labels nested deeper or shallower, missing cells). The SQL is the oracle: nothing
 * here restates what a finding should be.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	layoutHash,
	type FormCellTable,
	type FormColumnLayout,
	type FormRowLayout
} from '../../../pipelines/forms/cell-table.ts';
import { readFormWorkbook } from '../../../pipelines/forms/index.ts';
import { mulberry32 } from '../../../pipelines/demo/prng.ts';
import { regionFromTitle, sha256Hex } from '../../../pipelines/stages/identify.ts';
import { insertFormTable } from '../../../pipelines/stages/load-form.ts';
import { insertSourceFile } from '../../../pipelines/stages/source-file.ts';
import { checkChapterSums } from '../../../pipelines/validate/chapter-sums.ts';
import {
	compareText,
	evaluateFileRules,
	fileRuleFindings,
	tryCastInteger
} from '../../../pipelines/validate/file-rules.ts';
import {
	dropValidationScope,
	loadValidationScope,
	RULE_SECTIONS,
	type Finding
} from '../../../pipelines/validate/findings.ts';
import { SUM_RULES, validateRegionPeriod } from '../../../pipelines/validate/index.ts';
import { checkSumRules } from '../../../pipelines/validate/sum-rules.ts';
import { FORM_1M_DIR, listWorkbooks } from '../forms/real-data.ts';
import { addSource, all, tempWarehouse, type TempWarehouse } from './fixture.ts';

interface Case {
	name: string;
	table: FormCellTable;
	region: string;
	period: string;
	sha: string;
}

let wh: TempWarehouse;
const real: Case[] = [];
const perturbed: Case[] = [];
const thinned: Case[] = [];

/** A seeded generator, so a failure can be replayed. */
const random = mulberry32;

/** The values of each section's rows or columns, in order (codes or графы to draw from). */
function bySection<T extends { section: string }>(xs: readonly T[], value: (x: T) => string) {
	const out = new Map<string, string[]>();
	for (const x of xs) {
		if (!out.has(x.section)) out.set(x.section, []);
		out.get(x.section)!.push(value(x));
	}
	return out;
}

/** A copy of `t` without any cell of about one row in ten (same layout, fewer rows in scope). */
function thin(t: FormCellTable, seed: number): FormCellTable {
	const rnd = random(seed);
	const gone = t.rows.map(() => rnd() < 0.1);
	const keep = Array.from(t.row.keys()).filter((i) => !gone[t.row[i]]);
	return {
		length: keep.length,
		rows: t.rows,
		columns: t.columns,
		row: Int32Array.from(keep, (i) => t.row[i]),
		column: Int32Array.from(keep, (i) => t.column[i]),
		value: Float64Array.from(keep, (i) => t.value[i]),
		scope: null
	};
}

/**
 * A copy of `t` with rows, columns and values of the rule sections changed at random. Rows and
 * columns keep their sheet place (sheet, sheet row, column letters), so they stay distinct by
 * content, as a reader's are (file-rules.ts takes a table row for a form_row).
 */
function perturb(t: FormCellTable, seed: number): FormCellTable {
	const rnd = random(seed);
	const p = (x: number) => rnd() < x;
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
	const inRules = new Set(RULE_SECTIONS);
	const codesBySection = bySection(t.rows, (r) => r.rowCode);
	const rows: FormRowLayout[] = t.rows.map((r) => {
		if (!inRules.has(r.section)) return r;
		const label = [...r.rowLabel];
		const last = () => label[label.length - 1];
		const setLast = (text: string) => (label[label.length - 1] = text);
		let { rowCode, article, chapter } = r;
		if (p(0.03)) rowCode = pick(codesBySection.get(r.section)!);
		if (p(0.03)) setLast(`Прочие ${last()}`);
		if (p(0.02)) setLast(`покушение на ${last()}`);
		if (p(0.01)) setLast(`ДРУГИЕ ${last()}`);
		if (p(0.03)) article = null;
		else if (p(0.02)) article = pick(['000', '001']);
		else if (p(0.02)) article = '123';
		if (p(0.02)) chapter = String(1 + Math.floor(rnd() * 20));
		else if (p(0.01)) chapter = null;
		if (p(0.01)) setLast(`Глава ${1 + Math.floor(rnd() * 20)} (new head)`);
		if (p(0.01)) setLast(`\u00a0${last()}`); // trimmed by DuckDB's trim()
		if (p(0.01)) setLast(`\t${last()}`); // not trimmed
		if (p(0.02)) setLast(`nested / ${last()}`); // one level deeper once joined
		if (p(0.02) && label.length > 1) label.shift();
		return { ...r, rowCode, rowLabel: label, article, chapter };
	});
	const grafyBySection = bySection(t.columns, (c) => c.grafa);
	const columns: FormColumnLayout[] = t.columns.map((c) => {
		if (!inRules.has(c.section)) return c;
		if (p(0.03)) return { ...c, grafa: `0${c.grafa}` };
		if (p(0.02)) return { ...c, grafa: pick(grafyBySection.get(c.section)!) };
		if (p(0.01)) return { ...c, grafa: 'итого' };
		return c;
	});
	const keep: number[] = [];
	const value: number[] = [];
	for (let i = 0; i < t.length; i++) {
		let v = t.value[i];
		if (inRules.has(t.rows[t.row[i]].section)) {
			if (p(0.01)) continue; // a missing cell
			if (p(0.08)) v += (p(0.5) ? 1 : -1) * (1 + Math.floor(rnd() * 9));
			else if (p(0.01)) v = 0;
		}
		keep.push(i);
		value.push(v);
	}
	return {
		length: keep.length,
		rows,
		columns,
		row: Int32Array.from(keep, (i) => t.row[i]),
		column: Int32Array.from(keep, (i) => t.column[i]),
		value: Float64Array.from(value),
		scope: null
	};
}

async function store(c: Case): Promise<void> {
	await insertSourceFile(wh.conn, {
		sha256: c.sha,
		name: c.name,
		form: '1-M',
		regionCode: c.region,
		period: c.period,
		title: null,
		modified: null,
		cells: c.table.length,
		bytes: 0
	});
	await insertFormTable(wh.conn, c.table, {
		form: '1-M',
		regionCode: c.region,
		period: c.period,
		sha256: c.sha
	});
}

async function sqlFindings(c: Case): Promise<Finding[]> {
	await loadValidationScope(wh.conn, c.region, Number(c.period.slice(0, 4)));
	const out = [
		...(await checkSumRules(wh.conn, SUM_RULES, c.region, c.period)),
		...(await checkChapterSums(wh.conn, '1-M', c.region, c.period))
	];
	await dropValidationScope(wh.conn);
	return out;
}

/** With the layout hash, as a pooled import has it: a template's chapter plan is reused. */
function tableFindings(c: Case): Finding[] {
	const breaches = evaluateFileRules(c.table, SUM_RULES, layoutHash(c.table));
	expect(breaches, `${c.name}: the evaluation declined`).not.toBeNull();
	return fileRuleFindings(breaches!, SUM_RULES, '1-M', c.region, c.period, c.sha);
}

/** Findings in a total order (the SQL's ORDER BY leaves ties between duplicate cells open). */
function sorted(fs: Finding[]): Finding[] {
	const key = (f: Finding) => JSON.stringify(Object.entries(f).sort());
	return [...fs].sort((a, b) => compareText(key(a), key(b)));
}

beforeAll(async () => {
	wh = await tempWarehouse();
	const names = listWorkbooks(FORM_1M_DIR);
	for (const [i, name] of names.entries()) {
		const bytes = new Uint8Array(readFileSync(join(FORM_1M_DIR, name)));
		const parsed = readFormWorkbook(bytes, name);
		const region = regionFromTitle(parsed.regionName, parsed.title, name).code;
		const sha = sha256Hex(bytes);
		real.push({ name, table: parsed.table, region, period: '2022', sha });
		// The perturbed copy in another year: its own scope and validation view.
		const copy = perturb(parsed.table, 1000 + i);
		perturbed.push({
			name: `${name} (perturbed)`,
			table: copy,
			region,
			period: '2021',
			sha: `p${sha}`
		});
		if (i < 3)
			thinned.push({
				name: `${name} (thinned)`,
				table: thin(parsed.table, 2000 + i),
				region,
				period: '2020',
				sha: `t${sha}`
			});
	}
	for (const c of [...real, ...perturbed, ...thinned]) await store(c);
}, 600_000);

afterAll(() => wh?.dispose());

describe('per-file rules on the table = the SQL path', () => {
	it('on the 16 real workbooks of 2022: every finding, in the same order', async () => {
		let n = 0;
		for (const c of real) {
			const sql = await sqlFindings(c);
			expect(tableFindings(c), c.name).toEqual(sql);
			n += sql.length;
		}
		// 15 breaches of the sum rules in 2022 (Akmola 8, Shymkent 7: import-2022.test.ts).
		expect(n).toBe(15);
	}, 300_000);

	it('on perturbed copies: every field of every finding (tens of thousands)', async () => {
		const byRule = new Map<string, number>();
		let headless = 0;
		for (const c of perturbed) {
			const sql = await sqlFindings(c);
			const table = tableFindings(c);
			expect(table.length, c.name).toBe(sql.length);
			expect(sorted(table), c.name).toEqual(sorted(sql));
			for (const f of sql) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
			headless += sql.filter((f) => f.source_sha256 === null).length;
		}
		const total = [...byRule.values()].reduce((a, b) => a + b, 0);
		expect(total).toBeGreaterThan(20_000);
		// Every declared rule is broken somewhere, and chapters whose head cell is missing
		// (the FULL JOIN's right-only side, no provenance) occur too.
		for (const r of SUM_RULES) expect(byRule.get(r.rule) ?? 0, r.rule).toBeGreaterThan(10);
		expect(byRule.get('chapter=sum(articles)') ?? 0).toBeGreaterThan(5_000);
		expect(headless).toBeGreaterThan(0);
	}, 600_000);

	it('with rows of a template missing: the reused plan is not taken for other rows', async () => {
		let n = 0;
		expect(thinned.length).toBe(3);
		for (const [i, c] of thinned.entries()) {
			// The full workbook of the same layout first, so its plan is the one kept.
			tableFindings(real[i]);
			const sql = await sqlFindings(c);
			expect(sorted(tableFindings(c)), c.name).toEqual(sorted(sql));
			n += sql.length;
		}
		expect(n).toBeGreaterThan(100);
	}, 300_000);

	it('the table order follows the SQL ORDER BY (section, row code, графа)', () => {
		// TRY_CAST(…) ascending, NULLS LAST.
		const int = (x: string) => tryCastInteger(x) ?? Number.MAX_SAFE_INTEGER;
		for (const c of perturbed) {
			const fs = tableFindings(c).filter((f) => f.rule === 'chapter=sum(articles)');
			for (let i = 1; i < fs.length; i++) {
				const a = fs[i - 1];
				const b = fs[i];
				const ord =
					compareText(a.section!, b.section!) ||
					int(a.row_code!) - int(b.row_code!) ||
					compareText(a.row_code!, b.row_code!) ||
					int(a.grafa!) - int(b.grafa!);
				expect(ord, `${c.name} #${i}`).toBeLessThanOrEqual(0);
			}
		}
	});
});

describe('validateRegionPeriod with the file rules', () => {
	it('gives the SQL path’s findings when the file is the scope’s only source', async () => {
		let monthly = 0;
		for (const c of [...perturbed.slice(0, 4), ...real.slice(1, 3)]) {
			const breaches = evaluateFileRules(c.table, SUM_RULES)!;
			const fast = await validateRegionPeriod(wh.conn, '1-M', c.region, c.period, {
				sha256: c.sha,
				breaches
			});
			const stored = await all<Finding>(
				wh,
				`SELECT * FROM finding WHERE region_code = '${c.region}' AND period = '${c.period}'`
			);
			const slow = await validateRegionPeriod(wh.conn, '1-M', c.region, c.period);
			expect(sorted(fast), c.name).toEqual(sorted(slow));
			expect(stored.length).toBe(slow.length);
			monthly += slow.filter((f) => f.rule === 'decumulated>=0').length;
		}
		// Duplicate row codes of the perturbed copies put several cells in one series of one
		// report, so the monthly rule has something to compare: that query must still run.
		expect(monthly).toBeGreaterThan(0);
	}, 300_000);

	it('runs the monthly rule when the year has another report of the region', async () => {
		const c = real[2];
		const breaches = evaluateFileRules(c.table, SUM_RULES)!;
		expect(breaches.cumulativeUnique).toBe(true);
		// A January–June report whose every cumulative figure exceeds the whole year's.
		await store({
			name: `${c.name} (2022-06)`,
			table: { ...c.table, value: c.table.value.map((v) => v + 5) },
			region: c.region,
			period: '2022-06',
			sha: `h${c.sha}`
		});
		const fast = await validateRegionPeriod(wh.conn, '1-M', c.region, c.period, {
			sha256: c.sha,
			breaches
		});
		const slow = await validateRegionPeriod(wh.conn, '1-M', c.region, c.period);
		expect(sorted(fast)).toEqual(sorted(slow));
		expect(fast.filter((f) => f.rule === 'decumulated>=0').length).toBeGreaterThan(100);
	}, 120_000);

	it('keeps the SQL path when another real source writes cells into the scope', async () => {
		const c = real.find((x) => x.name.startsWith('Abay'))!;
		const breaches = evaluateFileRules(c.table, SUM_RULES)!;
		expect(fileRuleFindings(breaches, SUM_RULES, '1-M', c.region, c.period, c.sha)).toEqual([]);
		// Open-data style cells of the same scope: R1 row 1 графа 1 now exceeds rows 2 + 3.
		await addSource(wh, { sha: 'other', form: '1-M', region: c.region, period: c.period }, [
			{ section: 'R1', code: '1', values: [5] }
		]);
		const got = await validateRegionPeriod(wh.conn, '1-M', c.region, c.period, {
			sha256: c.sha,
			breaches
		});
		expect(got).toEqual(await validateRegionPeriod(wh.conn, '1-M', c.region, c.period));
		expect(got.map((f) => f.rule)).toContain('R1.row1=row2+row3');
	}, 120_000);
});

describe('what the table evaluation reproduces of DuckDB, and where it declines', () => {
	it('TRY_CAST(text AS INTEGER) and text order agree with DuckDB', async () => {
		const texts = [
			'1',
			'01',
			'007',
			'23',
			'2147483647',
			'',
			'итого',
			'a',
			'x-y',
			'А',
			'Я',
			'ё',
			'😀'
		];
		for (const x of texts) {
			const [row] = await all<{ n: number | null }>(wh, `SELECT TRY_CAST('${x}' AS INTEGER) AS n`);
			expect(tryCastInteger(x), x).toBe(row.n);
		}
		const ordered = await all<{ x: string }>(
			wh,
			`SELECT x FROM (VALUES ${texts.map((x) => `('${x}')`).join(', ')}, ('\uffff')) v(x) ORDER BY x`
		);
		expect([...texts, '\uffff'].sort(compareText)).toEqual(ordered.map((r) => r.x));
	});

	it('declines (SQL path) on text TRY_CAST reads otherwise, and on non-integer values', () => {
		for (const odd of ['1.5', ' 7', '+3', '1e2', '1_000', '2147483648']) {
			expect(() => tryCastInteger(odd), odd).toThrow();
		}
		const t = real[0].table;
		// An appendix графа is cast to find its R1 графа: '1.5' is not plain digits.
		const pril5 = t.columns.findIndex((c) => c.section === 'PRIL5' && c.grafa === '3');
		const oddGrafa = {
			...t,
			columns: t.columns.map((c, i) => (i === pril5 ? { ...c, grafa: '1.5' } : c))
		};
		expect(evaluateFileRules(oddGrafa, SUM_RULES)).toBeNull();
		const cell = Array.from(t.row).findIndex((r) => t.rows[r].section === 'R1');
		const value = Float64Array.from(t.value);
		value[cell] = 0.5;
		expect(evaluateFileRules({ ...t, value }, SUM_RULES)).toBeNull();
	});
});
