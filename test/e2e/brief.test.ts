/**
 * The one-page region brief (/regions/[code]/brief, issue 17 item 5) in real Chromium on the
 * BUILT server, on a warehouse of real official forms (../shared/data: Form 1-M and СНГ-1
 * 2022, population, courts): it prints on ONE A4 page in ru, kk and en (Chromium page.pdf,
 * pages counted in the PDF), shows the region's figures as the warehouse holds them, and is
 * linked from the profile.
 */
import { describe, expect, it } from 'vitest';
import { REAL_DB, dashboard, readWarehouse, ruNumber } from './harness';
import { pdfPages } from './narrow';

const app = dashboard(REAL_DB);

describe('one-page region brief (real warehouse)', () => {
	it('prints on one A4 page in ru, kk and en, for a city and an oblast', async () => {
		// The first brief computes the rankings of every region: warm the server's cache first.
		await fetch(app.url + '/regions/KZ-11/brief');
		const sizes: string[] = [];
		// Astana, Akmola region; Almaty city has no workbook in ../shared/data (panels say so).
		for (const code of ['KZ-71', 'KZ-11', 'KZ-75'])
			for (const lang of ['ru', 'kk', 'en']) {
				const { page, errors } = await app.open(`/regions/${code}/brief?lang=${lang}`);
				expect(await page.locator('h1').count()).toBe(1);
				// One year of real forms: the trend is its one sentence (panel.ts), not a chart.
				expect(await page.locator('.brief-chart svg, .brief .note').count()).toBeGreaterThan(0);
				const pdf = await page.pdf({ format: 'A4', printBackground: true });
				sizes.push(`${code} ${lang}: ${pdfPages(pdf)}`);
				expect(errors).toEqual([]);
				await page.close();
			}
		expect(sizes).toEqual(sizes.map((s) => s.replace(/\d+$/, '1')));
	}, 300_000);

	it('the page counter sees a long page as several pages (probe)', async () => {
		const { page } = await app.open('/regions/KZ-11/brief');
		await page.evaluate(() => {
			const p = document.createElement('div');
			p.style.height = '3000px';
			document.querySelector('.brief')!.append(p);
		});
		expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
		await page.close();
	});

	it('shows the region total as the warehouse holds it, and is linked from the profile', async () => {
		// Registered criminal offences of Akmola region (KZ-11) in 2022: Form 1-M, section R1-1,
		// row 1 (v_registered_offences.registered_all) — 5 317 in the workbook.
		const [{ total }] = await readWarehouse<{ total: number }>(
			REAL_DB,
			`SELECT registered_all AS total FROM v_registered_offences WHERE region_code = 'KZ-11' AND period = '2022'`
		);
		const { page } = await app.open('/regions/KZ-11?period=2022&lang=ru');
		await page.locator('a[href^="/regions/KZ-11/brief"]').click();
		await page.waitForURL(/\/regions\/KZ-11\/brief/);
		await page.waitForLoadState('networkidle');
		expect(await page.title()).toBe('Акмолинская область — Справка — Sarapshy');
		expect(await page.locator('.brief table').first().textContent()).toContain(ruNumber(total));
		await page.close();
	});
});
