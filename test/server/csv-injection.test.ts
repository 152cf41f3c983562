/**
 * Formula injection in the CSV and XLSX exports (issue 14, the probe): whatever text a URL or
 * a workbook puts into a title, a note or a cell, no cell a spreadsheet reads starts a formula.
 * The CSV is parsed for real, once with `,` (en Excel, LibreOffice, pandas) and once with `;`
 * (the list separator of ru and kk Excel, which also splits inside fields quoted for `,`).
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { csvCommentLine, datasetToCsv, neutraliseFormula } from '../../src/lib/server/export/csv';
import { datasetToXlsx } from '../../src/lib/server/export/xlsx';
import { translator } from '../../src/lib/i18n';
import type { Dataset } from '../../src/lib/dataset';
import { parseCsvRows as parseRows, startsFormula } from './spreadsheet-formula';

/** The payloads of the probe, and their cousins. */
const PAYLOADS = [
	",=cmd|'/C calc'!A0",
	'=1+1',
	'+1+1',
	'-1+1',
	'@SUM(A1)',
	'\t=1+1',
	'\r=1+1',
	' =1+1',
	'\uFF1D1+1', // ＝1+1
	'\uFF0B1', // ＋1
	'\uFF0D1', // －1
	'\uFF20SUM(A1)', // ＠SUM(A1)
	'x;=1+1',
	'x; =1+1',
	'x;\uFF1D1+1',
	'a,=1+1',
	'a,b;@x;+y',
	'"q";=HYPERLINK("http://x")',
	'line\n=1+1'
];

const hostile: Dataset = {
	id: 't',
	title: `${PAYLOADS[0]} 2022`,
	columns: [
		{ key: 'label', label: '=label', kind: 'text' },
		{ key: 'value', label: 'x;-value', kind: 'number' }
	],
	rows: PAYLOADS.map((label, i) => ({ label, value: i % 2 ? -i : i })),
	source: {
		forms: ['1-M', '=evil'],
		regions: 'x;=1+1',
		period: '2022',
		hash: 'abc123abc123',
		generated: '2026-01-01',
		synthetic: true
	},
	note: 'x;=1+1, \uFF1D2',
	query: ''
};

describe('neutraliseFormula', () => {
	it.each([
		['=1+1', "'=1+1"],
		['\uFF1D1+1', "'\uFF1D1+1"],
		['\uFF0B1', "'\uFF0B1"],
		['\uFF0D1', "'\uFF0D1"],
		['\uFF20x', "'\uFF20x"],
		[' =1', "' =1"],
		['x;=1+1', "x;'=1+1"],
		['x; =1+1', "x; '=1+1"],
		['=a;+b', "'=a;'+b"],
		['Кража; грабёж', 'Кража; грабёж'],
		['ст. 188-1', 'ст. 188-1']
	])('%j → %j', (input, out) => expect(neutraliseFormula(input)).toBe(out));
});

describe('csvCommentLine', () => {
	it('keeps a plain line as a `# ` comment', () => {
		expect(csvCommentLine('СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ')).toBe('# СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ');
	});
	it('quotes a line holding a separator, so it stays one cell', () => {
		expect(csvCommentLine(",=cmd|'/C calc'!A0 2022")).toBe(`"# ,=cmd|'/C calc'!A0 2022"`);
		expect(csvCommentLine('a; b "c"')).toBe('"# a; b ""c"""');
	});
});

describe('datasetToCsv on hostile text', () => {
	const csv = datasetToCsv(hostile, translator('ru'));
	for (const sep of [',', ';'] as const) {
		it(`yields no cell that starts a formula when split on «${sep}»`, () => {
			const rows = parseRows(csv, sep);
			expect(rows.length).toBeGreaterThan(PAYLOADS.length);
			const bad = rows.flat().filter(startsFormula);
			expect(bad).toEqual([]);
		});
	}
	it('keeps every header line one cell starting with #', () => {
		const rows = parseRows(csv, ',');
		for (const r of rows.slice(0, 4)) {
			expect(r).toHaveLength(1);
			expect(r[0].startsWith('# ')).toBe(true);
		}
		expect(rows[0][0]).toBe(`# ${PAYLOADS[0]} 2022`);
		expect(rows[4]).toEqual(["'=label", "x;'-value"]);
	});
	it('keeps the text readable: only a quote mark is added', () => {
		const rows = parseRows(csv, ',').slice(5);
		expect(rows.map((r) => r[0].replace(/'/g, ''))).toEqual(
			PAYLOADS.map((p) => p.replace(/'/g, ''))
		);
	});
});

describe('datasetToXlsx on hostile text', () => {
	const sheet = strFromU8(
		unzipSync(datasetToXlsx(hostile, translator('ru')))['xl/worksheets/sheet1.xml']
	);
	const texts = [...sheet.matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) =>
		m[1]
			.replace(/&quot;/g, '"')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&')
	);
	it('writes no formula and no text cell that starts one', () => {
		expect(sheet).not.toContain('<f>');
		expect(texts.length).toBeGreaterThan(PAYLOADS.length);
		expect(texts.filter(startsFormula)).toEqual([]);
		expect(texts.filter((t) => t.split(';').some(startsFormula))).toEqual([]);
	});
});
