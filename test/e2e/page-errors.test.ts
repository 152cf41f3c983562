/**
 * Page errors in the page's language (issue 17, item 3), on the real warehouse in real
 * Chromium: the title and the sentence in ru/kk/en, no English word on ru/kk error pages apart
 * from the server's technical text, which is folded and marked `lang="en"`
 * (language-checks.ts skips it). The API's own English errors are checked in probe.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { REAL_DB, dashboard } from './harness';
import { checkLanguage } from './language-checks';

const app = dashboard(REAL_DB);

describe('page errors', () => {
	it.each([
		// The real warehouse holds 2022 only (artifacts.ts), one page of sources.
		['/regions/KZ-99?lang=kk', 404, 'Бет табылмады', 'KZ-99 өңірі жоқ'],
		['/regions/KZ-99/brief?lang=ru', 404, 'Страница не найдена', 'Региона KZ-99 нет'],
		['/data?sources_page=99&lang=kk', 400, 'Мекенжай немесе параметрлер қате', '99-бет жоқ'],
		['/regions?period=1999&lang=kk', 400, 'Мекенжай немесе параметрлер қате', '«Кезең»'],
		['/regions?foo=1&lang=ru', 400, 'Неверный адрес или параметры', '«foo»'],
		['/nope?lang=kk', 404, 'Бет табылмады', 'Мұндай бет жоқ'],
		['/regions/KZ-99?lang=en', 404, 'Page not found', 'No region KZ-99']
	] as const)('%s: %i in the page language', async (path, status, title, says) => {
		const page = await app.browser.newPage();
		const res = await page.goto(app.url + path);
		expect(res?.status()).toBe(status);
		expect(await page.locator('h1').textContent()).toBe(title);
		expect(await page.locator('[data-status]').textContent()).toContain(says);
		const lang = new URL(app.url + path).searchParams.get('lang')!;
		expect(await checkLanguage(page, path, lang)).toEqual([]);
		await page.close();
	});
});
