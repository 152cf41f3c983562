/**
 * Phones and paper on the embedded default warehouse (demo panel + published figures), in
 * real Chromium on the BUILT server (issue 17): every view of harness.ts VIEWS in ru, kk and en
 * fits 390 px (and ru 360 px) without horizontal scrolling, with chart text ≥ 11 px, a compact
 * header and distinct titles (narrow.ts); a region's title names it; print shows whole tables.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_DB, dashboard } from './harness';
import { checkEveryViewAt, measure, pdfPages } from './narrow';
import { checkChartLabels } from './chart-checks';

const app = dashboard(DEMO_DB);

describe('phones and paper (demo warehouse)', () => {
	it('every view in ru, kk and en fits 390 px, chart text ≥ 11 px, distinct titles', async () => {
		await checkEveryViewAt(app, 390);
	}, 600_000);

	it('every view fits 360 px too (ru)', async () => {
		await checkEveryViewAt(app, 360, ['ru']);
	}, 300_000);

	it('the measure itself sees a too-wide page and the wide chart scaled down (probes)', async () => {
		const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(app.url + '/?lang=ru', { waitUntil: 'networkidle' });
		const before = await measure(page);
		expect(before.scrollWidth).toBeLessThanOrEqual(390);
		expect(before.small).toEqual([]);
		// The wide drawing in place of the narrow one: its 10 px text shown at about half size.
		await page.addStyleTag({
			content:
				'.chart-svg.has-narrow{display:block!important}.chart-svg-narrow{display:none!important}'
		});
		await page.evaluate(() => {
			const p = document.createElement('p');
			p.style.width = '600px';
			p.textContent = 'probe';
			document.querySelector('main')!.append(p);
		});
		const after = await measure(page);
		expect(after.scrollWidth).toBeGreaterThan(390);
		expect(after.small.length).toBeGreaterThan(0);
		await page.close();
	});

	it('the chart-label check passes the wide overview and sees a legend item out and a label twice (probes)', async () => {
		// The 720 px drawings at a desktop width (the every-view check sees the phone ones).
		const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
		await page.goto(app.url + '/?lang=ru', { waitUntil: 'networkidle' });
		expect(await checkChartLabels(page, '/', 'ru')).toEqual([]);
		// the overview trend's legend has four entries (forms: all, crimes, misdemeanours;
		// published), all inside the SVG: move one 800 px right, and repeat a year tick
		expect(await page.locator('#overview-trend .chart-svg g.legend-item').count()).toBe(4);
		await page.evaluate(() => {
			const svg = document.querySelector('#overview-trend .chart-svg svg')!;
			svg.querySelector('g.legend-item')!.setAttribute('transform', 'translate(800,0)');
			const ticks = svg.querySelectorAll('g[aria-label="x-axis tick label"] text');
			ticks[1].textContent = ticks[0].textContent;
		});
		const problems = await checkChartLabels(page, '/', 'ru');
		expect(
			problems.some((p) => /legend .* outside its \d+ px chart/.test(p)),
			problems.join('\n')
		).toBe(true);
		expect(
			problems.some((p) => /x-axis tick label «\d{4}» twice/.test(p)),
			problems.join('\n')
		).toBe(true);
		await page.close();
	});

	it('a region profile is titled with its region, in its language', async () => {
		// Names from src/lib/domain/regions.ts (KZ-11: Akmola region).
		const { page } = await app.open('/regions/KZ-11');
		expect(await page.title()).toBe('Акмолинская область — Профиль региона — Sarapshy');
		await page.goto(app.url + '/regions/KZ-75?lang=en', { waitUntil: 'networkidle' });
		expect(await page.title()).toBe('Almaty — Region profile — Sarapshy');
		// A region filter names the region too.
		await page.goto(app.url + '/offences?region=KZ-11&lang=ru', { waitUntil: 'networkidle' });
		expect(await page.title()).toBe('Правонарушения — Акмолинская область — Sarapshy');
		await page.close();
	});

	it('print: no menu or filters, whole tables (no scroll box), the tables behind charts open', async () => {
		const { page } = await app.open('/data');
		// A table longer than the 32rem screen box (/data lists every source file and finding).
		const rows = await page.locator('main table').first().locator('tbody tr').count();
		expect(rows).toBeGreaterThan(10);
		await page.emulateMedia({ media: 'print' });
		const printed = await page.evaluate(() => {
			const wraps = [...document.querySelectorAll<HTMLElement>('.table-wrap')];
			return {
				header: getComputedStyle(document.querySelector('header.site')!).display,
				clipped: wraps.filter((w) => w.scrollHeight > w.clientHeight + 1).length,
				maxHeights: [...new Set(wraps.map((w) => getComputedStyle(w).maxHeight))]
			};
		});
		expect(printed).toEqual({ header: 'none', clipped: 0, maxHeights: ['none'] });
		// Closed tables behind charts are opened for printing (beforeprint), closed after.
		const { page: overview } = await app.open('/');
		const closed = await overview.locator('main details:not([open])').count();
		expect(closed).toBeGreaterThan(0);
		await overview.evaluate(() => dispatchEvent(new Event('beforeprint')));
		expect(await overview.locator('main details:not([open])').count()).toBe(0);
		await overview.evaluate(() => dispatchEvent(new Event('afterprint')));
		expect(await overview.locator('main details:not([open])').count()).toBe(closed);
		await overview.close();
		await page.close();
	});

	it('a region brief with its trend chart prints on one A4 page, in ru, kk and en', async () => {
		for (const lang of ['ru', 'kk', 'en']) {
			const { page } = await app.open(`/regions/KZ-11/brief?lang=${lang}`);
			// The demo has years: the trend is a chart here (on the real 2022 forms, a sentence).
			expect(await page.locator('.brief-chart > svg').count()).toBe(1);
			const pdf = await page.pdf({ format: 'A4', printBackground: true });
			expect(pdfPages(pdf), lang).toBe(1);
			await page.close();
		}
	}, 120_000);
});
