/**
 * Exports as the page shows them (issue 17, item 7): CSV, JSON and XLSX carry figures rounded
 * like the DataTable (40.487917040683485 → 40.49 for a rate), the stored value only in a
 * `<key>_full` column when `precision=full` asks; XLSX cells carry the page's number format
 * (a numFmt in styles.xml reached through the cell's `s` style); every file is named
 * sarapshy-<view>-<region>-<period>.<ext>. The workbook is unzipped and its XML read.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { datasetResponse } from '../../src/lib/server/api';
import { datasetToXlsx } from '../../src/lib/server/export/xlsx';
import { shownDataset } from '../../src/lib/server/export/shown';
import { translator } from '../../src/lib/i18n';
import type { Dataset } from '../../src/lib/dataset';

const ds: Dataset = {
	id: 'regions-indicator',
	title: 'Rates',
	columns: [
		{ key: 'region', label: 'Region', kind: 'text' },
		{ key: 'count', label: 'Count', kind: 'number' },
		{ key: 'rate', label: 'Rate', kind: 'number', digits: 2 },
		{ key: 'share', label: 'Share', kind: 'pct' },
		{ key: 'change', label: 'Change', kind: 'signedPct' },
		{ key: 'at', label: 'Imported', kind: 'text' }
	],
	rows: [
		{
			region: 'Akmola',
			count: 5317,
			rate: 40.487917040683485,
			share: 33.333333,
			change: -7.25,
			at: '2026-12-03'
		},
		{
			region: 'Abai',
			count: 1234.5,
			rate: null,
			share: 0.0449,
			change: 12.35,
			at: '2026-12-03T10:15:30.000Z'
		}
	],
	source: {
		forms: ['1-M', 'population'],
		regions: 'all',
		period: '2022',
		hash: 'abc123abc123',
		generated: '2026-12-03',
		synthetic: false
	},
	query: '?period=2022&region=KZ-11'
};

const en = translator('en');

describe('CSV and JSON carry the figures as shown', () => {
	it('rounds a rate to its two shown decimals, a share to one, a count to none', async () => {
		const res = datasetResponse(ds, 'csv', 'en', 1000);
		expect(res.headers.get('Content-Disposition')).toBe(
			'attachment; filename="sarapshy-regions-indicator-kz-11-2022.csv"'
		);
		const lines = (await res.text()).split('\r\n');
		const header = lines.findIndex((l) => l.startsWith('Region,'));
		expect(lines[header]).toBe('Region,Count,Rate,Share,Change,Imported');
		expect(lines[header + 1]).toBe('Akmola,5317,40.49,33.3,-7.3,2026-12-03');
		// 1234.5 → 1235 (half away from zero); a missing rate stays empty; 0.0449 % → 0.04.
		expect(lines[header + 2]).toBe('Abai,1235,,0.04,12.4,2026-12-03T10:15:30.000Z');
		expect(lines.join('\n')).not.toContain('40.4879');
	});
	it('adds the stored value beside each figure only with precision=full', async () => {
		const body = await datasetResponse(ds, 'json', 'en', 1000, 'full').json();
		expect(body.columns.map((c: { key: string }) => c.key)).toEqual([
			'region',
			'count',
			'count_full',
			'rate',
			'rate_full',
			'share',
			'share_full',
			'change',
			'change_full',
			'at'
		]);
		expect(body.rows[0].rate).toBe(40.49);
		expect(body.rows[0].rate_full).toBe(40.487917040683485);
		expect(body.rows[1].rate_full).toBe(null);
		const shown = await datasetResponse(ds, 'json', 'en', 1000).json();
		expect(shown.rows[0].rate).toBe(40.49);
		expect(shown.rows[0]).not.toHaveProperty('rate_full');
	});
	it('names every format alike', () => {
		for (const f of ['xlsx', 'svg'] as const) {
			const res = datasetResponse({ ...ds, query: '' }, f, 'en', 1000);
			if (f === 'svg')
				expect(res.status).toBe(404); // no chart in this dataset
			else
				expect(res.headers.get('Content-Disposition')).toBe(
					'attachment; filename="sarapshy-regions-indicator-kz-2022.xlsx"'
				);
		}
	});
});

/** The format code a cell of the sheet is shown with: cell `s` → cellXfs[s] → numFmt. */
function formatOf(files: Record<string, Uint8Array>, ref: string): string | null {
	const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
	const styles = strFromU8(files['xl/styles.xml']);
	const c = new RegExp(`<c r="${ref}"(?: t="\\w+")?(?: s="(\\d+)")?>`).exec(sheet);
	if (!c) throw new Error(`no cell ${ref}`);
	if (!c[1]) return null;
	const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)![1].match(/<xf[^>]*\/>/g)!;
	const id = /numFmtId="(\d+)"/.exec(xfs[Number(c[1])]);
	if (!id) return null;
	const fmt = new RegExp(`<numFmt numFmtId="${id[1]}" formatCode="([^"]*)"/>`).exec(styles);
	return fmt![1].replace(/&quot;/g, '"');
}

const valueOf = (files: Record<string, Uint8Array>, ref: string) =>
	new RegExp(`<c r="${ref}"[^>]*><v>([^<]*)</v>`).exec(
		strFromU8(files['xl/worksheets/sheet1.xml'])
	)?.[1];

describe('XLSX number formats', () => {
	// Rows: 1 title, 2 source line, 3 empty, 4 header, 5 and 6 the data.
	const files = unzipSync(datasetToXlsx(shownDataset(ds, 'shown', en), en));
	it('declares the formats in styles.xml', () => {
		const styles = strFromU8(files['xl/styles.xml']);
		expect(styles).toMatch(/<numFmts count="\d+">/);
		expect(styles).toContain('formatCode="#,##0"');
	});
	it.each([
		['B5', '#,##0', '5317'],
		['C5', '#,##0.00', '40.49'],
		['D5', '#,##0.0" %"', '33.3'],
		['D6', '#,##0.00" %"', '0.04'],
		['E5', '"+"#,##0.0" %";"−"#,##0.0" %";"±"#,##0.0" %"', '-7.3'],
		// 2026-12-03 is day 46359 after 1899-12-30 (46022 for 2026-01-01 + 336 days + 1).
		['F5', 'yyyy-mm-dd', '46359'],
		// 10:15:30 is 36930 s of 86400: 46359.42743055…
		['F6', 'yyyy-mm-dd hh:mm:ss', String(46359 + 36930 / 86400)]
	])('%s has the format %s and the value %s', (ref, fmt, v) => {
		expect(formatOf(files, ref)).toBe(fmt);
		expect(valueOf(files, ref)).toBe(v);
	});
	it('leaves text and the stored full-precision copies in the general format', () => {
		expect(formatOf(files, 'A5')).toBe(null);
		const full = unzipSync(datasetToXlsx(shownDataset(ds, 'full', en), en));
		// With precision=full: A region, B count, C count_full, D rate, E rate_full.
		expect(valueOf(full, 'D5')).toBe('40.49');
		expect(formatOf(full, 'D5')).toBe('#,##0.00');
		expect(valueOf(full, 'E5')).toBe('40.487917040683485');
		expect(formatOf(full, 'E5')).toBe(null);
		expect(formatOf(full, 'C5')).toBe(null);
		expect(strFromU8(full['xl/worksheets/sheet1.xml'])).toContain('Rate (full precision)');
	});
});
