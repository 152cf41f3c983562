/**
 * The dashboard in real Chromium on a warehouse built from ../shared/data only (Form 1-M and
 * СНГ-1 for 2022 — 16 of 20 regions —, population, court outcomes) with the OSM boundaries.
 * Figures checked by hand against the source files:
 *   Akmola Region.XLSX (title «1-M  Акмолинская область (Свод)»):
 *     sheet R1-1, row code 1, графа 1, cell E7 = 5317 registered offences;
 *     sheet R2, row 1: графа 1 (E7) = 3175 finished, графа 5 (I7) = 1056 by previously
 *       offending persons → 1056 / 3175 = 33.26 %;
 *     sheet R4, row 1: графа 1 (E7) = 9 519 910.491, графа 7 (K7) = 4 007 602.091 thousand
 *       tenge → 42.10 % recovered.
 *   sexual-offences-court-outcomes-2016-2023.csv, row «rape120» of 2016: amnt_osuzhden = 160,
 *     amnt_opravdonyh = 0.
 * Almaty city (KZ-75) has no 2022 workbook here: it must read «нет данных», never 0.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { REAL_DB, readWarehouse, ruNumber, cell, dashboard, download } from './harness';

const app = dashboard(REAL_DB);

describe('warehouse from ../shared/data', () => {
	it('opens every view without errors and without the synthetic mark', async () => {
		await app.everyView('real', async (view, page) => {
			// A table, or «no data» said as such (the national forecast needs the published series,
			// which this warehouse does not hold).
			expect(await page.locator('table, p.nodata').count(), view).toBeGreaterThan(0);
			expect(await page.locator('.synthetic-mark').count(), view).toBe(0);
		});
	}, 300_000); // twenty-one views in turn: past 120 s on two busy cores

	it('shows Akmola 2022 as in the workbook and a missing region as «нет данных»', async () => {
		const { page } = await app.open('/regions?period=2022&indicator=count');
		expect(await cell(page, 'regions-indicator', 'Акмолинская область', 'value')).toBe(
			ruNumber(5317)
		);
		expect(await cell(page, 'regions-indicator', 'г. Алматы', 'value')).toBe('нет данных');
		const tiles = page.locator('#regions-indicator .chart-svg svg text');
		const labels = await tiles.allTextContents();
		expect(labels).toContain(ruNumber(5317));
		// 4 of the 20 regions have no 2022 workbook here.
		expect(labels.filter((t) => t === 'нет данных')).toHaveLength(4);
		// The geographic map is drawn from the OSM boundaries, with the attribution.
		expect(await page.locator('#regions-geo .chart-svg > svg').count()).toBe(1);
		expect(await page.locator('#regions-geo').textContent()).toContain(
			'© OpenStreetMap contributors'
		);
		await page.close();
	});

	it('profiles Akmola against the country: level, recidivism, damage recovery', async () => {
		const { page } = await app.open('/regions/KZ-11?period=2022');
		expect(await cell(page, 'profile-kpis', 'Всего', 'region')).toBe(ruNumber(5317));
		expect(await cell(page, 'profile-kpis', 'ранее совершавшими', 'region')).toBe('33,26');
		expect(await cell(page, 'profile-kpis', 'Возмещение', 'region')).toBe('42,1');
		await page.close();
	});

	it('writes the lineage of a region created in 2022 in the page language', async () => {
		const { page } = await app.open('/regions/KZ-10?period=2022');
		const note = await page.locator('aside.caveat').textContent();
		expect(note).toContain('Восточно-Казахстанская область');
		expect(note).toContain('2022');
		await page.goto(`${app.url}/regions/KZ-63?lang=en`, { waitUntil: 'networkidle' });
		expect(await page.locator('aside.caveat').textContent()).toContain('Abai Region');
		await page.close();
	});

	it('shows the national sum of the 16 regions as in the warehouse, flagged as a sum', async () => {
		const [{ total, n }] = await readWarehouse<{ total: number; n: number }>(
			REAL_DB,
			`SELECT sum(registered_all) AS total, count(*)::INTEGER AS n FROM v_registered_offences
			 WHERE period = '2022' AND region_code <> 'KZ'`
		);
		expect(n).toBe(16);
		const { page } = await app.open('/');
		expect((await page.locator('[data-kpi="all"] .v').textContent())?.trim()).toBe(ruNumber(total));
		expect(await page.locator('#overview-kpis').textContent()).toContain('не республиканский итог');
		await page.close();
	});

	it('shows court outcomes for 2016 from the court-outcomes file', async () => {
		const { page } = await app.open('/courts');
		await page.selectOption('select[name="year"]', '2016');
		await page.click('form.filters button[type="submit"]');
		await page.waitForURL(/year=2016/);
		await page.waitForLoadState('networkidle');
		// ../shared/data/courts/…csv line 2, «rape120» of 2016: article 120, rape, 160 convicted
		const row = page.locator('#courts-articles tbody tr', { hasText: 'Изнасилование' }).first();
		expect(await row.locator('td[data-key="article"]').textContent()).toBe('120');
		expect(await row.locator('td[data-key="convicted"]').textContent()).toBe('160');
		expect(await row.locator('td[data-key="acquitted"]').textContent()).toBe('0');
		await page.close();
	});

	it('downloads SVG, PNG, CSV and XLSX of a chart with the source line and the data hash', async () => {
		// The data hash of the source line: SHA-256 over the SHA-256s of the files of the forms
		// involved (Form 1-M workbooks and the Bureau's population workbook), first 12 digits.
		const shas = await readWarehouse<{ sha256: string }>(
			REAL_DB,
			`SELECT sha256 FROM source_file WHERE form IN ('1-M', 'population') ORDER BY sha256`
		);
		expect(shas.length).toBe(17);
		const hash = createHash('sha256')
			.update(shas.map((r) => r.sha256).join('\n'))
			.digest('hex')
			.slice(0, 12);
		const { page } = await app.open('/regions?period=2022&indicator=count');
		const fig = page.locator('#regions-indicator');
		const get = (kind: string) => download(page, fig, kind);
		const svg = (await get('svg')).toString('utf8');
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain(
			`Источник: 1-M, численность населения; Регион: все; Период: 2022; хеш данных ${hash}`
		);
		// The Akmola tile: 5317 (the SVG writes the no-break space as &#160;).
		expect(svg).toMatch(/>5(&#160;|\u00a0)317</);
		expect(svg).not.toContain('СИНТЕТИЧЕСКИЕ');
		const png = await get('png');
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(png.length).toBeGreaterThan(5000);
		const csv = (await get('csv')).toString('utf8');
		expect(csv.split('\r\n')[1]).toBe(
			// one CSV cell, quoted: the line holds , and ;
			`"# Источник: 1-M, численность населения; Регион: все; Период: 2022; хеш данных ${hash}; сформировано ${new Date().toISOString().slice(0, 10)}"`
		);
		expect(csv).not.toContain('СИНТЕТИЧЕСКИЕ');
		// Akmola: registered offences 5317 (Akmola Region.XLSX, R1-1, row 1, графа 1, E7).
		expect(csv).toContain('Акмолинская область,KZ-11,5317,5317,');
		// Almaty city has no 2022 workbook here: an empty cell, never 0.
		expect(csv).toMatch(/\r\nг\. Алматы,KZ-75,,,/);
		const xlsx = strFromU8(
			unzipSync(new Uint8Array(await get('xlsx')))['xl/worksheets/sheet1.xml']
		);
		expect(xlsx).toContain(`хеш данных ${hash}`);
		expect(xlsx).toContain('5317');
		expect(xlsx).not.toContain('СИНТЕТИЧЕСКИЕ');
		await page.close();
	});

	it('refuses a forecast from one year of data and says why', async () => {
		const { page } = await app.open('/forecasts?region=KZ-11');
		expect(await page.locator('#forecast-series .note').textContent()).toContain(
			'Слишком короткий ряд для прогноза'
		);
		await page.close();
		const r = await fetch(`${app.url}/api/v1/forecast?region=KZ-11`);
		expect(r.status).toBe(422);
		expect((await r.json()).error.message).toMatch(/Слишком короткий ряд.*\(2022\)/);
	});

	it('serves the same figures through the API', async () => {
		const r = await fetch(
			`${app.url}/api/v1/data/regions-indicator.json?period=2022&indicator=count`
		);
		const body = await r.json();
		const akm = body.rows.find((x: { code: string }) => x.code === 'KZ-11');
		const alm = body.rows.find((x: { code: string }) => x.code === 'KZ-75');
		expect(akm.value).toBe(5317);
		expect(alm.value).toBeNull();
		const cells = await (
			await fetch(
				`${app.url}/api/v1/cells.json?form=1-M&period=2022&region=KZ-11&section=R1-1&row=1`
			)
		).json();
		const g1 = cells.rows.find((c: { grafa: string }) => c.grafa === '1');
		expect(g1).toMatchObject({ value: 5317, cell: 'E7', sheet: 'R1-1' });
		const health = await (await fetch(`${app.url}/api/v1/health`)).json();
		expect(health.demoDataInUse).toBe(false);
		expect(health.periods).toContain('2022');
	});
});
