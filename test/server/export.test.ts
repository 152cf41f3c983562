/**
 * CSV and XLSX exports: source line and synthetic mark on top, figures as numbers, and
 * formula injection neutralised (text starting with = + - @ tab CR gets a leading ').
 */
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { datasetToCsv, neutraliseFormula } from '../../src/lib/server/export/csv';
import { datasetToXlsx } from '../../src/lib/server/export/xlsx';
import { translator } from '../../src/lib/i18n';
import type { Dataset } from '../../src/lib/dataset';

const ds: Dataset = {
	id: 't',
	title: 'Тест',
	columns: [
		{ key: 'label', label: 'Статья', kind: 'text' },
		{ key: 'value', label: 'Количество', kind: 'number' }
	],
	rows: [
		{ label: '=HYPERLINK("http://x")', value: 5 },
		{ label: '+1', value: -3.5 },
		{ label: '@SUM(A1)', value: null },
		{ label: 'Кража, "обычная"', value: 1234 },
		{ label: '\tTAB', value: 0 }
	],
	source: {
		forms: ['1-M'],
		regions: 'все',
		period: '2022',
		hash: 'abc123abc123',
		generated: '2026-01-01',
		synthetic: true
	},
	query: ''
};

describe('neutraliseFormula', () => {
	it.each([
		['=1+1', "'=1+1"],
		['+7', "'+7"],
		['-2', "'-2"],
		['@x', "'@x"],
		['\tx', "'\tx"],
		['\rx', "'\rx"],
		['Убийство (ст.99)', 'Убийство (ст.99)']
	])('%j → %j', (input, out) => expect(neutraliseFormula(input)).toBe(out));
});

describe('datasetToCsv', () => {
	const csv = datasetToCsv(ds, translator('ru'));
	const lines = csv.split('\r\n');
	it('starts with the title, the source line and the synthetic mark as comments', () => {
		expect(lines[0]).toBe('# Тест');
		expect(lines[1]).toContain('Источник: 1-M');
		expect(lines[1]).toContain('хеш данных abc123abc123');
		expect(lines[1]).toContain('сформировано 2026-01-01');
		expect(lines[2]).toBe('# СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ');
		expect(lines[3]).toBe('Статья,Количество');
	});
	it('neutralises formulas in text and keeps numbers as numbers', () => {
		expect(lines[4]).toBe(`"'=HYPERLINK(""http://x"")",5`);
		expect(lines[5]).toBe("'+1,-3.5");
		expect(lines[6]).toBe("'@SUM(A1),");
		expect(lines[7]).toBe('"Кража, ""обычная""",1234');
		expect(lines[8]).toBe("'\tTAB,0");
	});
});

describe('datasetToXlsx', () => {
	const files = unzipSync(datasetToXlsx(ds, translator('en')));
	const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
	it('is a workbook with the parts Excel needs', () => {
		for (const f of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/styles.xml']) {
			expect(files[f]).toBeDefined();
		}
	});
	it('writes text as inline strings (never formulas) and numbers as numbers', () => {
		expect(sheet).not.toContain('<f>');
		expect(sheet).toContain(`<t xml:space="preserve">'=HYPERLINK(&quot;http://x&quot;)</t>`);
		expect(sheet).toContain('<v>-3.5</v>');
		expect(sheet).toContain('SYNTHETIC DEMO DATA');
		expect(sheet).toContain('data hash abc123abc123');
	});
});
