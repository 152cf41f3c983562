/**
 * /penitentiary in real Chromium on the warehouse built with `etl import` only (test/e2e/
 * artifacts.ts IMPORT_DB: the 16 real Form 1-M workbooks of 2022, data/published — both CSVs —,
 * population, court outcomes). Figures checked by hand in
 * ../shared/data/qamqor/form-1m/2022/*.XLSX, sheet R5, summed over the 16 files (see
 * test/server/penitentiary.test.ts for each region's share): row 105 «Кража (ст.188)» F111 =
 * 64; row 366 (ст.429) F372 = 7; row 364 (ст.427) F370 = 6; row 298 «Дача взятки (ст.367)»
 * F304 = 4; row 1 F7 = 194, N7 (графа 10, probation services) = 137. North-Kazakhstan
 * Region.XLSX F111 = 25. founding-papers.csv fp-institutions-2024-07: 78 institutions;
 * fp-pretrial-capacity-2024-07 8,000 places, fp-pretrial-held-2024-07 7,000 → 87.5 %.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { IMPORT_DB, cell, dashboard, download, ruNumber } from './harness';

const app = dashboard(IMPORT_DB);

describe('/penitentiary on the real 2022 forms and the published figures', () => {
	it('lists R5 offences by article with the coverage of the national sum', async () => {
		const { page, errors } = await app.open('/penitentiary?period=2022');
		expect(await page.locator('h1').textContent()).toBe('Пенитенциарная сфера, пробация и рецидив');
		expect(await cell(page, 'penitentiary-articles', 'Кража (ст.188)', 'registered')).toBe('64');
		expect(await cell(page, 'penitentiary-articles', '(ст.429)', 'registered')).toBe('7');
		expect(await cell(page, 'penitentiary-articles', '(ст.427)', 'registered')).toBe('6');
		expect(await cell(page, 'penitentiary-articles', 'Дача взятки (ст.367)', 'registered')).toBe(
			'4'
		);
		const articles = page.locator('#penitentiary-articles');
		expect(await articles.textContent()).toMatch(/16 из 20 регионов/);
		expect(await articles.locator('.chart-svg > svg').count()).toBe(1);
		expect(await articles.locator('.source-line').textContent()).toContain('1-M');
		// Institutions: графа 10 in the form's words.
		expect(await cell(page, 'penitentiary-r5', 'службы пробации', 'value')).toBe('137');
		// No rate for 2022: no prison population of that year; the page says so.
		expect(await page.locator('#penitentiary-rate').textContent()).toMatch(
			/За 2022 год численность содержащихся в учреждениях не опубликована/
		);
		// The context cards, cited.
		const occ = page.locator('[data-card="pretrial_occupancy"]');
		expect(await occ.locator('.v').textContent()).toContain('87,5');
		const inst = page.locator('[data-card="penal_institutions"]');
		expect(await inst.locator('.v').textContent()).toContain(ruNumber(78));
		expect(await inst.textContent()).toContain('основополагающие документы');
		expect(await inst.locator('blockquote').textContent()).toContain('78 institutions');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('exports the article table as CSV and XLSX with the source and coverage lines', async () => {
		const { page } = await app.open('/penitentiary?period=2022');
		const fig = page.locator('#penitentiary-articles');
		const csv = (await download(page, fig, 'csv')).toString('utf8');
		expect(csv).toMatch(/^"?# Правонарушения лиц, отбывающих наказание \(Раздел 5\), по статьям/);
		expect(csv).toContain('1-M');
		expect(csv).toMatch(/16 из 20/);
		expect(csv).toMatch(/Кража \(ст\.188\)[^\n]*,64,/);
		const xlsx = unzipSync(new Uint8Array(await download(page, fig, 'xlsx')));
		const sheet = Object.entries(xlsx).find(([n]) => /worksheets\/sheet1\.xml$/.test(n))![1];
		const shared = xlsx['xl/sharedStrings.xml'] ? strFromU8(xlsx['xl/sharedStrings.xml']) : '';
		expect(strFromU8(sheet) + shared).toContain('Кража (ст.188)');
		const cards = page.locator('#penitentiary-context');
		const ctx = (await download(page, cards, 'csv')).toString('utf8');
		expect(ctx).toContain('doc:founding-papers');
		await page.close();
	});

	it('filters to a region and speaks English with translated institution types', async () => {
		const { page, errors } = await app.open('/penitentiary?period=2022&region=KZ-59&lang=en');
		expect(await cell(page, 'penitentiary-articles', 'Кража (ст.188)', 'registered')).toBe('25');
		const articles = await page.locator('#penitentiary-articles').textContent();
		expect(articles).toMatch(/official language of the form \(Russian\)/);
		expect(articles).not.toMatch(/16 of 20/);
		const r5 = await page.locator('#penitentiary-r5').textContent();
		expect(r5).toContain('probation services');
		expect(r5).not.toContain('службы пробации');
		expect(await page.locator('#penitentiary-rate').textContent()).toMatch(
			/published for the whole country only/
		);
		expect(errors).toEqual([]);
		await page.close();
	});
});
