/**
 * Exports on the real warehouse (issue 17, item 7), over real HTTP from the built server and
 * in real Chromium:
 *  - the bulk download of every form cell, CSV and Parquet: as many rows as the warehouse has
 *    real cells (counted here with SQL), and a known cell with its source: Akmola Region.XLSX,
 *    sheet R1-1, row code 1, графа 1, cell E7 = 5317 (checked by hand in the workbook's XML);
 *    the Parquet file read back by DuckDB; synthetic cells never in the real file (this
 *    warehouse has none: kind=synthetic is a 404 saying so) and, on the demo warehouse, the
 *    synthetic file labelled on every row;
 *  - a chart's «Cite this» text holds the page's URL, its title and the data hash, and its
 *    PNG and CSV downloads share one name, sarapshy-<view>-<region>-<period>;
 *  - a dataset's CSV carries figures rounded as the table shows them.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import {
	DEMO_DB,
	REAL_DB,
	dashboard,
	readWarehouse,
	startServer,
	type RunningServer
} from './harness';

const app = dashboard(REAL_DB);
const tmp = mkdtempSync(join(tmpdir(), 'sarapshy-exports-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const AKMOLA_E7 = /^1-M,2022,KZ-11,[^,]+,R1-1,1,1,5317,R1-1,E7,Akmola Region\.XLSX,([0-9a-f]{64}),/;

/** Read a CSV body line by line without holding it (~600 MB): the count and the lines `keep` wants. */
async function scanCsv(res: Response, keep: (line: string) => boolean) {
	const decoder = new TextDecoder();
	let rest = '';
	let lines = 0;
	let header = '';
	const kept: string[] = [];
	for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
		const parts = (rest + decoder.decode(chunk, { stream: true })).split('\n');
		rest = parts.pop()!;
		for (const line of parts) {
			if (!header) header = line;
			else if (keep(line)) kept.push(line);
			lines += 1;
		}
	}
	expect(rest, 'the file ends with a line break').toBe('');
	return { header, rows: lines - 1, kept };
}

describe('bulk download of every form cell (real warehouse)', () => {
	let realCells = 0;
	beforeAll(async () => {
		const [{ n }] = await readWarehouse<{ n: number }>(
			REAL_DB,
			`SELECT count(*)::INTEGER AS n FROM v_form_cell WHERE NOT synthetic`
		);
		realCells = n;
	});

	it('streams every real cell as CSV with its source columns', async () => {
		// 16 Form 1-M workbooks of 2022 (217,460 cells each) and the СНГ-1 ones.
		expect(realCells).toBeGreaterThan(3_000_000);
		const res = await fetch(`${app.url}/api/v1/bulk/cells.csv?lang=en`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(res.headers.get('content-disposition')).toBe(
			'attachment; filename="sarapshy-cells-real-kz-all.csv"'
		);
		const { header, rows, kept } = await scanCsv(
			res,
			(l) => AKMOLA_E7.test(l) || l.endsWith(',true')
		);
		expect(header).toBe(
			'form,period,region_code,region_name,section,row,grafa,value,sheet,cell,source_file,source_sha256,imported_at,synthetic'
		);
		expect(rows).toBe(realCells);
		// One Akmola E7, not synthetic; no synthetic row anywhere in the real file.
		expect(kept).toHaveLength(1);
		expect(kept[0]).toMatch(/,false$/);
		const [{ sha256 }] = await readWarehouse<{ sha256: string }>(
			REAL_DB,
			`SELECT sha256 FROM source_file WHERE original_name = 'Akmola Region.XLSX' AND form = '1-M'`
		);
		expect(AKMOLA_E7.exec(kept[0])![1]).toBe(sha256);
		expect(kept[0]).toContain(',Akmola Region,');
	}, 600_000);

	it('sends the CSV gzipped to clients that take gzip, and plain to the rest', async () => {
		// Raw bytes over node:http (fetch would inflate them): the ~600 MB of text travel as
		// a gzip body of a few MB whose first line is the header.
		const raw = (encoding: string) =>
			new Promise<{ headers: Record<string, unknown>; first: Buffer; total: number }>(
				(resolve, reject) => {
					get(
						`${app.url}/api/v1/bulk/cells.csv?lang=en`,
						{ headers: { 'accept-encoding': encoding } },
						(res) => {
							const chunks: Buffer[] = [];
							let total = 0;
							res.on('data', (c: Buffer) => {
								total += c.length;
								if (chunks.length < 64) chunks.push(c);
								// Plain text: the first 64 KB are enough, stop the 600 MB.
								if (encoding === 'identity' && total > 65_536) res.destroy();
							});
							const done = () =>
								resolve({ headers: res.headers, first: Buffer.concat(chunks), total });
							res.on('end', done);
							res.on('close', done);
							res.on('error', reject);
						}
					).on('error', reject);
				}
			);
		const gz = await raw('gzip, deflate');
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(Number(gz.headers['content-length'])).toBe(gz.total);
		expect(gz.total).toBeLessThan(60_000_000);
		expect(gunzipSync(gz.first, { finishFlush: 2 }).toString('utf8')).toMatch(
			/^form,period,region_code,region_name,section,row,grafa,value,/
		);
		const plain = await raw('identity');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.first.toString('utf8')).toMatch(/^form,period,region_code,region_name,/);
	}, 600_000);

	it('writes the same cells as Parquet, which DuckDB reads back', async () => {
		const res = await fetch(`${app.url}/api/v1/bulk/cells.parquet`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toBe(
			'attachment; filename="sarapshy-cells-real-kz-all.parquet"'
		);
		const file = join(tmp, 'cells.parquet');
		writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
		const inst = await DuckDBInstance.create(':memory:');
		const conn = await inst.connect();
		try {
			const read = async (sql: string) =>
				(await conn.runAndReadAll(sql, [file])).getRowObjectsJS() as Record<string, unknown>[];
			const [{ n, synthetic }] = await read(
				`SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE synthetic)::INTEGER AS synthetic FROM read_parquet($1)`
			);
			expect(n).toBe(realCells);
			expect(synthetic).toBe(0);
			const akmola = await read(
				`SELECT value, source_file, sheet, cell, region_name FROM read_parquet($1)
				 WHERE region_code = 'KZ-11' AND section = 'R1-1' AND "row" = '1' AND grafa = '1'`
			);
			expect(akmola).toEqual([
				{
					value: 5317,
					source_file: 'Akmola Region.XLSX',
					sheet: 'R1-1',
					cell: 'E7',
					// The page's language (ru, the default) names the regions.
					region_name: 'Акмолинская область'
				}
			]);
		} finally {
			conn.closeSync();
			inst.closeSync();
		}
	}, 600_000);

	it('never mixes kinds and refuses what it does not know', async () => {
		const synthetic = await fetch(`${app.url}/api/v1/bulk/cells.csv?kind=synthetic`);
		expect(synthetic.status).toBe(404);
		expect((await synthetic.json()).error.message).toContain('no synthetic form cells');
		const bad = await fetch(`${app.url}/api/v1/bulk/cells.csv?kind=all`);
		expect(bad.status).toBe(400);
		expect((await bad.json()).error.message).toContain('kind must be real or synthetic');
		expect((await fetch(`${app.url}/api/v1/bulk/cells.csv?form=1-M`)).status).toBe(400);
		expect((await fetch(`${app.url}/api/v1/bulk/cells.xlsx`)).status).toBe(400);
		const post = await fetch(`${app.url}/api/v1/bulk/cells.csv`, { method: 'POST' });
		expect(post.status).toBe(405);
	});

	it('is linked from /data as «Download everything», real data only here', async () => {
		const { page } = await app.open('/data');
		expect(await page.locator('[data-bulk-kind="real"] a').count()).toBe(2);
		expect(await page.locator('[data-bulk-kind="synthetic"]').count()).toBe(0);
		expect(await page.locator('[data-bulk-kind="real"]').textContent()).toContain(
			new Intl.NumberFormat('ru-RU').format(realCells)
		);
		await page.close();
	});
});

describe('bulk download on the demo warehouse', () => {
	let demo: RunningServer | undefined;
	beforeAll(async () => {
		demo = await startServer(DEMO_DB);
	}, 120_000);
	afterAll(() => demo?.stop());

	it('gives the synthetic cells, labelled, and no real file', async () => {
		const [{ n }] = await readWarehouse<{ n: number }>(
			DEMO_DB,
			`SELECT count(*)::INTEGER AS n FROM v_form_cell WHERE synthetic`
		);
		expect((await fetch(`${demo!.url}/api/v1/bulk/cells.csv`)).status).toBe(404);
		const res = await fetch(`${demo!.url}/api/v1/bulk/cells.csv?kind=synthetic`);
		expect(res.headers.get('content-disposition')).toContain('sarapshy-cells-synthetic-kz-all.csv');
		const { rows, kept } = await scanCsv(res, (l) => !l.endsWith(',true'));
		expect(rows).toBe(n);
		expect(kept, 'every row says synthetic').toEqual([]);
	}, 600_000);
});

describe('a chart in Chromium', () => {
	it('has «Cite this» with the page URL, and one file name for PNG and CSV', async () => {
		const { page } = await app.open('/regions?period=2022&indicator=count');
		const fig = page.locator('#regions-indicator');
		await fig.locator('details[data-cite] summary').click();
		const text = (await fig.locator('[data-cite-text]').textContent())!;
		expect(text).toContain(`${page.url()}#regions-indicator`);
		expect(text).toContain(await fig.locator('h2').textContent());
		expect(text).toMatch(/хеш данных [0-9a-f]{12}/);
		expect(text).toContain(new Date().toISOString().slice(0, 10));
		const names: string[] = [];
		for (const kind of ['png', 'csv', 'xlsx']) {
			const [dl] = await Promise.all([
				page.waitForEvent('download'),
				fig.locator(`[data-export="${kind}"]`).click()
			]);
			names.push(dl.suggestedFilename());
		}
		expect(names).toEqual([
			'sarapshy-regions-indicator-kz-2022.png',
			'sarapshy-regions-indicator-kz-2022.csv',
			'sarapshy-regions-indicator-kz-2022.xlsx'
		]);
		// Every page's charts have it, at 390 px too (checked on /regions, / and /offences).
		await page.setViewportSize({ width: 390, height: 800 });
		for (const path of ['/', '/offences']) {
			await page.goto(app.url + path, { waitUntil: 'networkidle' });
			const charts = await page.locator('figure.dataset .chart-svg').count();
			expect(charts, path).toBeGreaterThan(0);
			const cites = await page.locator('figure.dataset:has(.chart-svg) details[data-cite]').count();
			expect(cites, path).toBe(charts);
			await page.locator('details[data-cite] summary').first().click();
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth),
				`${path} at 390 px with a citation open`
			).toBeLessThanOrEqual(390);
		}
		await page.close();
	});

	it('exports a rate rounded as the table shows it', async () => {
		const csv = await (
			await fetch(`${app.url}/api/v1/data/regions-indicator.csv?period=2022`)
		).text();
		const { page } = await app.open('/regions?period=2022');
		const shown = (await page
			.locator('#regions-indicator tbody tr', { hasText: 'Акмолинская область' })
			.first()
			.locator('td[data-key="value"]')
			.textContent())!;
		await page.close();
		// «40,49» on the page is 40.49 in the file, not the stored 40.4879…
		const figure = shown.replace(/\s/g, '').replace(',', '.');
		expect(figure).toMatch(/^\d+\.\d{1,2}$/);
		expect(csv).toContain(`Акмолинская область,KZ-11,${figure},`);
		expect(csv).not.toMatch(/,\d+\.\d{3,}(,|\r)/);
	});
});
