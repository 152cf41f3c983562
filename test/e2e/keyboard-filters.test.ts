/**
 * Filters and the keyboard in real Chromium on the BUILT server (embedded default warehouse),
 * issue 17 item 9: an arrow key on a closed <select> fires `change`, which used to reload the
 * page on the first key. Now keys step through the options and the choice is applied after a
 * pause (PAUSE_MS in src/lib/components/submit-after-pause.ts) or at once on Enter, with focus
 * kept on the <select>; a pointer choice (selectOption) still applies at once (demo.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_DB, dashboard } from './harness';
import { PAUSE_MS } from '../../src/lib/components/submit-after-pause';

const app = dashboard(DEMO_DB);

/** The arrow key that moves two steps away from the current period (the list may start at it). */
async function stepKey(page: Page): Promise<'ArrowDown' | 'ArrowUp'> {
	const [index, count] = await page
		.locator('form.filters select[name="period"]')
		.evaluate((s) => [(s as HTMLSelectElement).selectedIndex, (s as HTMLSelectElement).length]);
	expect(count, 'at least three periods to step through').toBeGreaterThanOrEqual(3);
	return index + 2 < count ? 'ArrowDown' : 'ArrowUp';
}

const periodValue = (page: Page) =>
	page
		.locator('form.filters select[name="period"]')
		.evaluate((s) => (s as HTMLSelectElement).value);

describe('filters and the keyboard', () => {
	it('arrow keys step through the periods without reloading; the choice applies after a pause', async () => {
		const { page, errors } = await app.open('/');
		const start = page.url();
		const select = page.locator('form.filters select[name="period"]');
		const first = await periodValue(page);
		const key = await stepKey(page);
		await select.focus();
		await page.keyboard.press(key);
		const second = await periodValue(page);
		expect(second, 'the first arrow key selects the next period').not.toBe(first);
		// Half the pause later nothing has been submitted: no navigation, same URL.
		await page.waitForTimeout(PAUSE_MS / 2);
		expect(page.url()).toBe(start);
		await page.keyboard.press(key);
		const third = await periodValue(page);
		expect(third).not.toBe(second);
		expect(page.url()).toBe(start);
		// After the pause the last choice (two steps down) is applied, and focus stays on it.
		await page.waitForURL((u) => u.searchParams.get('period') === third, {
			timeout: PAUSE_MS + 15_000
		});
		await page.waitForLoadState('networkidle');
		expect(await periodValue(page)).toBe(third);
		expect(
			await page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)
		).toBe('period');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('Enter applies a keyboard choice at once', async () => {
		const { page } = await app.open('/regions');
		const select = page.locator('form.filters select[name="period"]');
		const key = await stepKey(page);
		await select.focus();
		await page.keyboard.press(key);
		const chosen = await periodValue(page);
		// The navigation's request starts well before the pause would have ended.
		const asked = page.waitForRequest(
			(r) => new URL(r.url()).searchParams.get('period') === chosen
		);
		const t0 = Date.now();
		await page.keyboard.press('Enter');
		await asked;
		expect(Date.now() - t0).toBeLessThan(PAUSE_MS);
		await page.waitForURL((u) => u.searchParams.get('period') === chosen);
		await page.close();
	});
});
