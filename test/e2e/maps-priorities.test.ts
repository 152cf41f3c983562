/**
 * The maps of /regions and the scores of /priorities in real Chromium on the BUILT server, on
 * the warehouse built from ../shared/data only (Form 1-M for 2022: 16 of 20 regions; no
 * workbook for г. Алматы KZ-75, Туркестанская обл. KZ-61, область Улытау KZ-62, Жетысуская
 * обл. KZ-33; nothing of 2021) with the OSM boundaries (issue 17, items 4 and 8):
 * tiles and outlines are links to the right profile (keyboard too), name their region in
 * <title>, shade one region the same in both maps; the OSM credit shows once; the key maps
 * tile codes to names; the phone drawing keeps the links; the priorities say the growth weight
 * was dropped (no 2021), link region names to profiles, and switch min–max / z-score by URL.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REAL_DB, dashboard } from './harness';

const app = dashboard(REAL_DB);

/** Per region code: link, fill and <title> of each map's shapes in the wide drawing. */
function mapRegions(page: Page, figure: string) {
	return page.locator(`#${figure} .chart-svg svg a`).evaluateAll((links) =>
		links.map((a) => {
			const shape = a.querySelector('rect, path')!;
			return {
				href: a.getAttribute('href')!,
				fill: getComputedStyle(shape).fill,
				title: shape.querySelector('title')?.textContent ?? ''
			};
		})
	);
}

/** Visible text nodes holding `text` (the hidden phone drawing is not counted). */
function visibleCount(page: Page, text: string) {
	return page.evaluate((t) => {
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		let n = 0;
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement;
			if (node.textContent?.includes(t) && el && el.getClientRects().length) n++;
		}
		return n;
	}, text);
}

describe('maps of /regions on the real 2022 warehouse', () => {
	it('link tiles and outlines to profiles, name them, and shade a region alike in both', async () => {
		const { page, errors } = await app.open('/regions?period=2022&indicator=count');
		const tiles = await mapRegions(page, 'regions-indicator');
		const geo = await mapRegions(page, 'regions-geo');
		expect(tiles).toHaveLength(20);
		const code = (href: string) => /\/regions\/(KZ-\d+)\?/.exec(href)![1];
		const geoBy = new Map(geo.map((g) => [code(g.href), g]));
		expect(geoBy.size).toBe(20);
		for (const t of tiles) {
			// the profile of this period, in this language
			expect(t.href).toMatch(/^\/regions\/KZ-\d\d\?period=2022&lang=ru$/);
			expect(geoBy.get(code(t.href))!.fill, t.title).toBe(t.fill);
		}
		const akm = tiles.find((t) => t.href.startsWith('/regions/KZ-11?'))!;
		expect(akm.title).toBe('Акмолинская область (AKM): 5\u00a0317');
		expect(geoBy.get('KZ-11')!.title).toBe('Акмолинская область: 5\u00a0317');
		const alm = tiles.find((t) => t.href.startsWith('/regions/KZ-75?'))!;
		expect(alm.title).toBe('г. Алматы (ALA): нет данных');
		expect(geoBy.get('KZ-75')!.fill).toBe(alm.fill);
		// the four regions without a workbook: grey in both, and so in the key
		expect(tiles.filter((t) => t.title.endsWith('нет данных'))).toHaveLength(4);
		const key = page.locator('[data-map-key]');
		expect(await key.locator('.missing').count()).toBe(4);
		expect(await key.locator('[data-code="KZ-27"]').textContent()).toMatch(
			/WKO\s*Западно-Казахстанская область/
		);
		expect(await key.textContent()).toContain('нет данных (серый, пунктир)');
		// the OSM credit once on the page (in the map itself)
		expect(await visibleCount(page, '© OpenStreetMap contributors')).toBe(1);
		// a click on a tile opens the region's profile
		await page.locator('#regions-indicator .chart-svg svg a[href^="/regions/KZ-11?"]').click();
		await page.waitForURL(/\/regions\/KZ-11\?period=2022&lang=ru$/);
		expect(await page.locator('h1').textContent()).toContain('Акмолинская область');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('reach the tiles and outlines by keyboard', async () => {
		const { page } = await app.open('/regions?period=2022&indicator=count&lang=en');
		// from the last control before the tile map, Tab lands on the first tile
		await page.locator('form.filters button[type="submit"]').focus();
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const a = document.activeElement!;
			return { tag: a.tagName.toLowerCase(), in: !!a.closest('#regions-indicator svg') };
		});
		expect(focused).toEqual({ tag: 'a', in: true });
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/regions\/KZ-\d\d\?period=2022&lang=en$/);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await page.close();
	});

	it('keep the links in the phone drawing at 390 px, without horizontal scrolling', async () => {
		const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${app.url}/regions?period=2022&indicator=rate&lang=kk`, {
			waitUntil: 'networkidle'
		});
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		const narrow = page.locator('#regions-indicator .chart-svg-narrow svg a');
		expect(await narrow.count()).toBe(20);
		expect(await narrow.first().isVisible()).toBe(true);
		expect(await narrow.first().getAttribute('href')).toMatch(/\?period=2022&lang=kk$/);
		expect(await page.locator('#regions-geo .chart-svg-narrow svg a').count()).toBe(20);
		expect(await visibleCount(page, '© OpenStreetMap contributors')).toBe(1);
		await page.close();
	});
});

describe('priorities on the real 2022 warehouse', () => {
	it('say the growth weight was dropped and link region names to profiles', async () => {
		const { page, errors } = await app.open('/priorities?period=2022');
		const report = page.locator('[data-weights]');
		expect(await report.textContent()).toContain(
			'Вес «Рост к АППГ» не учтён: АППГ: в хранилище нет данных за 2021'
		);
		expect(await report.textContent()).toContain('Мин–макс');
		const link = page.locator('#priorities-regions table a', { hasText: 'Акмолинская область' });
		expect(await link.getAttribute('href')).toBe('/regions/KZ-11?period=2022&lang=ru');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('switch the score method, keep it in the URL and change the scores', async () => {
		const { page } = await app.open('/priorities?period=2022');
		const scores = () =>
			page.locator('#priorities-regions table td[data-key="score"]').allTextContents();
		const before = await scores();
		expect(before).toHaveLength(20);
		await page.locator('select[name="score_method"]').selectOption('zscore');
		await Promise.all([
			page.waitForURL(/score_method=zscore/),
			page.locator('form.filters button[type="submit"]').click()
		]);
		await page.waitForLoadState('networkidle');
		const after = await scores();
		expect(after).toHaveLength(20);
		expect(after).not.toEqual(before);
		// z-scores: signed, up to two decimals (e.g. «-0,87», «1,2»); min–max 0–100, one decimal
		expect(after.filter((s) => /^-?\d,?\d{0,2}$/.test(s.trim()))).toHaveLength(16);
		expect(after.some((s) => s.trim().startsWith('-'))).toBe(true);
		// min–max composites lie in 0–100
		const num = (s: string) => Number(s.trim().replace(',', '.'));
		const mm = before.filter((s) => s.trim() !== 'нет данных').map(num);
		expect(mm).toHaveLength(16);
		expect(mm.every((v) => v >= 0 && v <= 100)).toBe(true);
		expect(await page.locator('select[name="score_method"]').inputValue()).toBe('zscore');
		expect(await page.locator('[data-weights]').textContent()).toContain('z-оценка');
		// the permalink reopens it
		const again = await app.browser.newPage();
		await again.goto(page.url(), { waitUntil: 'networkidle' });
		expect(await again.locator('select[name="score_method"]').inputValue()).toBe('zscore');
		await again.close();
		await page.close();
	});

	it('say what all-zero weights do instead of «нет данных» everywhere', async () => {
		const { page } = await app.open(
			'/priorities?period=2022&w_rate=0&w_growth=0&w_grave=0&w_recid=0&w_clear=0'
		);
		expect(await page.locator('[data-weights]').textContent()).toContain(
			'Все веса равны 0, сводный балл не рассчитан'
		);
		expect(await page.locator('#priorities-regions td[data-key="score"]').count()).toBe(0);
		expect(await page.locator('#priorities-regions tbody tr').count()).toBe(20);
		await page.close();
	});
});
