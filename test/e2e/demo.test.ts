/**
 * The dashboard in real Chromium against the BUILT server on the embedded default
 * warehouse (synthetic demo panel + published figures): every view opens without errors
 * (CSP included), figures match the warehouse, the synthetic mark is shown, a drill-down and
 * a filter change work and their permalinks reproduce the state, every export type
 * downloads with its source line, the language switches; the API answers in JSON.
 * The demo panel is generated, so its figures are checked against the warehouse itself.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { DEMO_DB, SCREENSHOTS, readWarehouse, ruNumber, dashboard, download } from './harness';

const app = dashboard(DEMO_DB);

describe('embedded default warehouse', () => {
	it('opens every view with charts, tables, the synthetic mark and no errors', async () => {
		// Text pages (the methodology, the import history) and /people, whose Form 1-M sections
		// the demo does not generate (each panel says so: test/server/people-demo.test.ts).
		const textOnly = ['/methodology', '/data/imports', '/people'];
		await app.everyView('demo', async (view, page) => {
			if (textOnly.includes(view)) {
				expect((await page.locator('main').textContent())?.length ?? 0, view).toBeGreaterThan(200);
				return;
			}
			if (view !== '/data')
				expect(await page.locator('.chart-svg svg').count(), view).toBeGreaterThan(0);
			expect(await page.locator('table').count(), view).toBeGreaterThan(0);
			// Court figures and the national forecast (published series) are real; every other
			// view shows demo forms.
			if (view !== '/courts' && view !== '/forecasts') {
				expect(await page.locator('.synthetic-mark').first().isVisible(), view).toBe(true);
			}
		});
	}, 300_000); // twenty-one views in turn: past 120 s on two busy cores

	it('shows the national figures of the latest whole year as in the warehouse', async () => {
		const [{ period }] = await readWarehouse<{ period: string }>(
			DEMO_DB,
			`SELECT max(period) AS period FROM v_registered_offences WHERE month_to = 12`
		);
		// The demo panel has no republic workbook: the page shows the sum of the regions, flagged.
		const [{ total }] = await readWarehouse<{ total: number }>(
			DEMO_DB,
			`SELECT sum(registered_all) AS total FROM v_registered_offences WHERE period = $1 AND region_code <> 'KZ'`,
			[period]
		);
		const { page } = await app.open('/');
		expect(await page.locator('#overview-kpis h2').textContent()).toContain(period);
		expect((await page.locator('[data-kpi="all"] .v').textContent())?.trim()).toBe(ruNumber(total));
		expect(await page.locator('#overview-kpis').textContent()).toContain(
			'сумма регионов с данными'
		);
		await page.close();
	});

	it('changes a filter, and the permalink reproduces the state', async () => {
		const { page } = await app.open('/regions');
		await page.selectOption('select[name="indicator"]', 'change');
		await page.waitForURL(/indicator=change/);
		await page.waitForLoadState('networkidle');
		const title = await page.locator('#regions-indicator h2').textContent();
		expect(title).toContain('АППГ');
		const permalink = page.url();
		const again = await app.browser.newPage();
		await again.goto(permalink, { waitUntil: 'networkidle' });
		expect(await again.locator('#regions-indicator h2').textContent()).toBe(title);
		expect(await again.locator('select[name="indicator"]').inputValue()).toBe('change');
		await again.close();
		await page.close();
	});

	it('drills down from a chapter to its articles, with figures from the warehouse', async () => {
		const { page } = await app.open('/offences');
		const first = page.locator('#offences-table tbody tr td:first-child a').first();
		const chapterName = (await first.textContent())!.trim();
		await first.click();
		await page.waitForURL(/row=\d+/);
		await page.waitForLoadState('networkidle');
		const row = new URL(page.url()).searchParams.get('row')!;
		expect(await page.locator('#offences-table h2').textContent()).toContain(chapterName);
		const [{ period }] = await readWarehouse<{ period: string }>(
			DEMO_DB,
			`SELECT max(period) AS period FROM v_registered_offences WHERE month_to = 12`
		);
		const articles = await readWarehouse<{ label: string; registered: number }>(
			DEMO_DB,
			`SELECT any_value(a.label) AS label, sum(a.registered) AS registered
			 FROM v_offences_by_article a
			 JOIN v_offences_by_chapter c ON c.region_code = a.region_code AND c.period = a.period AND c.row_code = $2
			 WHERE a.period = $1 AND a.chapter = c.chapter AND a.region_code <> 'KZ'
			 GROUP BY a.row_code ORDER BY try_cast(a.row_code AS INTEGER) LIMIT 1`,
			[period, row]
		);
		expect(articles.length).toBe(1);
		const firstRow = page.locator('#offences-table tbody tr').first();
		expect(await firstRow.locator('td[data-key="registered"]').textContent()).toBe(
			ruNumber(articles[0].registered)
		);
		// Permalink of the drill-down
		const again = await app.browser.newPage();
		await again.goto(page.url(), { waitUntil: 'networkidle' });
		expect(await again.locator('#offences-table h2').textContent()).toContain(chapterName);
		await again.close();
		await page.close();
	});

	it('downloads SVG, PNG, CSV and XLSX, each with the source line and the synthetic mark', async () => {
		const { page } = await app.open('/regions');
		const fig = page.locator('#regions-ranking');
		const get = (kind: string) => download(page, fig, kind);
		const svg = (await get('svg')).toString('utf8');
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('хеш данных');
		expect(svg).toContain('СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ');
		const png = await get('png');
		expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
		expect(png.length).toBeGreaterThan(5000);
		const csv = (await get('csv')).toString('utf8');
		expect(csv.split('\r\n')[1]).toMatch(
			/^"# Источник: 1-M, численность населения; Регион: все; Период: \d{4}/
		);
		expect(csv).toContain('# СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ');
		expect(csv).toContain('Акмолинская область,KZ-11,');
		const xlsx = unzipSync(new Uint8Array(await get('xlsx')));
		const sheet = strFromU8(xlsx['xl/worksheets/sheet1.xml']);
		expect(sheet).toContain('хеш данных');
		expect(sheet).toContain('СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ');
		expect(sheet).toContain('Акмолинская область');
		await page.close();
	});

	it('switches language and remembers it', async () => {
		const { page } = await app.open('/regions');
		await page.click('a[hreflang="en"]');
		await page.waitForURL(/lang=en/);
		await page.waitForLoadState('networkidle');
		expect(await page.locator('h1').textContent()).toBe('Regions');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await page.goto(app.url + '/courts', { waitUntil: 'networkidle' });
		expect(await page.locator('h1').textContent()).toBe('Courts');
		await page.goto(app.url + '/?lang=kk', { waitUntil: 'networkidle' });
		expect(await page.locator('h1').textContent()).toBe('Криминогендік жағдайға шолу');
		// Kazakh numbers: space-grouped like Russian, after hydration too.
		expect((await page.locator('[data-kpi="all"] .v').textContent())?.trim()).toMatch(
			/^\d{1,3}(\u00a0\d{3})+$/
		);
		await page.screenshot({ path: join(SCREENSHOTS, 'demo_kk_overview.png') });
		await page.close();
	});

	it('serves the API in JSON with validated parameters and security headers', async () => {
		const health = await fetch(`${app.url}/api/v1/health`);
		const h = await health.json();
		expect(h.status).toBe('ok');
		expect(h.demoDataInUse).toBe(true);
		const bad = await fetch(`${app.url}/api/v1/data/regions-indicator.json?region=KZ-99`);
		expect(bad.status).toBe(400);
		expect((await bad.json()).error.message).toMatch(/region must be/);
		const unknown = await fetch(`${app.url}/api/v1/nope`);
		expect(unknown.status).toBe(404);
		expect((await unknown.json()).error.message).toMatch(/no API route/);
		const post = await fetch(`${app.url}/api/v1/health`, { method: 'POST' });
		expect(post.status).toBeGreaterThanOrEqual(400);
		const unbounded = await fetch(`${app.url}/api/v1/cells.json?form=1-M&period=2022`);
		expect(unbounded.status).toBe(400);
		expect((await unbounded.json()).error.message).toMatch(/more than limit/);
		// Twice: the second answer comes from the page cache and must carry the same headers.
		for (let i = 0; i < 2; i++) {
			const page = await fetch(`${app.url}/`);
			expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
			expect(page.headers.get('x-content-type-options')).toBe('nosniff');
			expect(page.headers.get('x-frame-options')).toBe('DENY');
		}
		const data = await (
			await fetch(`${app.url}/api/v1/data/regions-indicator.json?indicator=count`)
		).json();
		expect(data.rows).toHaveLength(21);
	});
});
