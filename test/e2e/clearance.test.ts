/**
 * Clearance and /methodology in real Chromium, on the warehouse built from ../shared/data only
 * (Form 1-M and СНГ-1 for 2022, 16 of 20 regions; population; court outcomes). Figures checked
 * by hand in the workbooks (графы row 6 names each column):
 *   Akmola Region.XLSX (1-M), sheet R1-1, row code 1 (row 7): E7 графа 1 = 5317 registered,
 *     K7 графа 7 = 2473 finished → 2473 / 5317 = 46.51 %; L7 графа 8 = 1266 → 23.81 %.
 *   Akmola region.XLSX (СНГ-1), sheet R1, row 1: E7 = 4535, G7 = 2713 → 59.82 %; J7 = 2611.
 * г. Алматы (KZ-75) has no 2022 workbook here: «нет данных», never 0.
 */
import { describe, expect, it } from 'vitest';
import { REAL_DB, cell, dashboard, ruNumber } from './harness';

const app = dashboard(REAL_DB);

describe('clearance on /regions, /offences and /priorities', () => {
	it('has a clearance column on /regions with Akmola as in its workbook', async () => {
		const { page, errors } = await app.open('/regions?period=2022');
		expect(
			await page.locator('#regions-indicator th', { hasText: 'Окончено производством' }).count()
		).toBe(1);
		expect(await cell(page, 'regions-indicator', 'Акмолинская область', 'clearance')).toBe(
			'46,5 %'
		);
		expect(await cell(page, 'regions-indicator', 'г. Алматы', 'clearance')).toBe('нет данных');
		// The outcomes table: R1-1 shares and the СНГ-1 clearance.
		expect(await cell(page, 'clearance-regions', 'Акмолинская область', 'toCourt')).toBe('23,8 %');
		expect(await cell(page, 'clearance-regions', 'Акмолинская область', 'sngClearance')).toBe(
			'59,8 %'
		);
		expect(await cell(page, 'clearance-regions', 'Акмолинская область', 'persons')).toBe(
			ruNumber(2611)
		);
		// The national figure names the regions it sums.
		expect(await page.locator('#clearance-regions').textContent()).toContain(
			'сумма 16 из 20 регионов'
		);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('ranks the regions by clearance when it is the chosen indicator', async () => {
		const { page } = await app.open('/regions?period=2022&indicator=clearance');
		expect(await cell(page, 'regions-indicator', 'Акмолинская область', 'value')).toBe('46,51');
		expect(await page.locator('#regions-ranking .chart-svg svg').count()).toBeGreaterThan(0);
		await page.close();
	});

	it('shows outcomes per chapter on /offences and the clearance weight on /priorities', async () => {
		const { page } = await app.open('/offences?period=2022&region=KZ-11');
		// Akmola R1-1 row code 13 (Глава 1), sheet row 19: E19 = 342, K19 = 251 → 73.4 %.
		expect(await cell(page, 'clearance-chapters', 'Глава 1.', 'registered')).toBe(ruNumber(342));
		expect(await cell(page, 'clearance-chapters', 'Глава 1.', 'finished')).toBe('73,4 %');
		await page.goto(`${app.url}/priorities?period=2022`, { waitUntil: 'networkidle' });
		expect(await page.locator('input[name="w_clear"]').inputValue()).toBe('0');
		expect(await page.locator('#priorities-regions').textContent()).toContain(
			'Вес «Рост к АППГ» не учтён'
		);
		await page.close();
	});
});

describe('/methodology', () => {
	it('answers 200 in ru, kk and en over HTTP', async () => {
		for (const [lang, word] of [
			['ru', 'Методология'],
			['kk', 'Әдістеме'],
			['en', 'Methodology']
		]) {
			const res = await fetch(`${app.url}/methodology?lang=${lang}`);
			expect(res.status, lang).toBe(200);
			expect(await res.text(), lang).toContain(word);
		}
	});

	it('shows formulas, breaks, sources with their hash and a citation, linked from the footer', async () => {
		const { page, errors } = await app.open('/');
		await page.locator('footer a[href="/methodology"]').click();
		await page.waitForURL(/\/methodology$/);
		expect(await page.locator('h1').count()).toBe(1);
		const clr = page.locator('[data-indicator="clr_finished"]');
		expect(await clr.textContent()).toContain('R1-1');
		expect(await clr.textContent()).toContain(
			'графа 7; форма 1-M, раздел R1-1, строки 1–7, графа 1'
		);
		expect(await page.locator('[data-event="codes-2015"]').count()).toBe(1);
		const hash = (await page.locator('[data-source="1-M"] code').textContent())!.trim();
		expect(hash).toMatch(/^[0-9a-f]{12}$/);
		const citation = (await page.locator('[data-testid="citation"]').textContent())!;
		// The page's own origin as SvelteKit sees it: adapter-node says https unless ORIGIN is set.
		expect(citation).toMatch(new RegExp(`https?://${new URL(app.url).host}/regions `));
		expect(citation).toContain('дата обращения');
		expect(citation).toMatch(/хеш данных [0-9a-f]{12}/);
		expect(errors).toEqual([]);
		await page.close();
	});
});
