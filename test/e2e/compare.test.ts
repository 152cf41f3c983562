/**
 * /compare (issue 17 item 6) in real Chromium on the BUILT server. First on the warehouse of
 * real official forms (REAL_DB: Form 1-M 2022 from ../shared/data, 16 of 20 regions, one year):
 * ticking regions updates the chart and the URL, the URL (and the copied link) reproduces the
 * same view, a sixth region is refused with the message, the keyboard works, and a region's
 * profile links to it. Then on the synthetic demo (2015–2025): a time chart with its legend,
 * marked synthetic, with Abai before 2022 a gap, not a zero.
 *
 * Figure checked by hand: ../shared/data/qamqor/form-1m/2022/Akmola Region.XLSX, sheet R1-1,
 * row code 1 (sheet row 7), графа 1 (cell E7) = 5317 registered criminal offences.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_DB, REAL_DB, cell, dashboard, ruNumber } from './harness';
import { PAUSE_MS } from '../../src/lib/components/submit-after-pause';

const box = (page: Page, code: string) => page.locator(`input[name="regions"][value="${code}"]`);
const regionsOf = (url: string) => new URL(url).searchParams.get('regions');
/** The compare figure's chart and table, as text (what a reader sees). */
const figureText = async (page: Page) =>
	// Svelte's hydration markers (<!--…-->) differ between a server render and a navigation.
	(await page.locator('#compare .chart-svg').innerHTML()).replace(/<!--[^>]*-->/g, '') +
	(await page.locator('#compare table').innerText());

describe('compare on the real 2022 warehouse', () => {
	const app = dashboard(REAL_DB);

	it('ticking regions updates the chart and the URL; one year is bars and a sentence', async () => {
		const { page, errors } = await app.open('/compare?lang=ru&indicator=count');
		expect(await page.title()).toBe('Сравнение регионов — Sarapshy');
		expect(await page.locator('#compare .chart-svg').innerHTML()).not.toContain(
			'Акмолинская область'
		);
		await box(page, 'KZ-11').click();
		await page.waitForURL((u) => regionsOf(u.href) === 'KZ-11');
		await page.waitForLoadState('networkidle');
		await box(page, 'KZ-71').click();
		await page.waitForURL((u) => regionsOf(u.href) === 'KZ-11,KZ-71');
		await page.waitForLoadState('networkidle');
		const svg = await page.locator('#compare .chart-svg').innerHTML();
		expect(svg).toContain('Акмолинская область');
		expect(svg).toContain('Астана');
		expect(await cell(page, 'compare', 'Акмолинская область', 'value')).toBe(ruNumber(5317));
		expect(await cell(page, 'compare', 'Республика Казахстан', 'coverage')).toBe(
			'сумма 16 из 20 регионов'
		);
		// One year of real forms: a sentence, not a one-point line.
		expect(await page.locator('#compare .note').innerText()).toContain(
			'В хранилище один год (2022)'
		);
		expect(await page.locator('#compare .synthetic-mark').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	}, 120_000);

	it('the permalink reproduces the same view', async () => {
		const { page } = await app.open('/compare?lang=ru');
		await box(page, 'KZ-75').click();
		await page.waitForURL((u) => regionsOf(u.href) === 'KZ-75');
		await box(page, 'KZ-11').click();
		await page.waitForURL((u) => regionsOf(u.href) === 'KZ-75,KZ-11');
		await page.locator('select[name="group"]').selectOption('crimes');
		await page.waitForURL((u) => u.searchParams.get('group') === 'crimes');
		await page.waitForLoadState('networkidle');
		const link = await page.locator('#compare-link').inputValue();
		expect(link).toBe(page.url());
		expect(link).toContain('regions=KZ-75,KZ-11');
		await page.locator('[data-testid="compare-copy"]').click();
		await expect
			.poll(() => page.locator('.compare-link [aria-live]').innerText())
			.toBe('Ссылка скопирована.');
		const shown = await figureText(page);
		const again = (await app.open(link.replace(app.url, ''))).page;
		expect(await figureText(again)).toBe(shown);
		expect(await again.locator('input[name="regions"]:checked').count()).toBe(2);
		expect(await again.locator('select[name="group"]').inputValue()).toBe('crimes');
		await again.close();
		await page.close();
	}, 120_000);

	it('refuses a sixth region with the message, on the spot and in a link', async () => {
		const five = 'KZ-11,KZ-15,KZ-19,KZ-23,KZ-27';
		const { page, errors } = await app.open(`/compare?lang=ru&regions=${five}`);
		const alert = page.locator('[data-testid="compare-refused"]');
		expect(await alert.innerText()).toBe('');
		await box(page, 'KZ-71').click();
		await expect.poll(() => alert.innerText()).toContain('не больше пяти регионов');
		expect(await box(page, 'KZ-71').isChecked()).toBe(false);
		expect(regionsOf(page.url())).toBe(five);
		expect(await page.locator('input[name="regions"]:checked').count()).toBe(5);
		expect(errors).toEqual([]);
		await page.close();

		const six = (await app.open(`/compare?lang=en&regions=${five},KZ-71`)).page;
		expect(await six.locator('[data-testid="compare-refused"]').innerText()).toBe(
			'At most five regions can be compared: untick one to choose another.'
		);
		expect(await six.locator('#compare').count()).toBe(0);
		await six.close();
		// The API answers the same link with 400 and says why.
		const r = await fetch(`${app.url}/api/v1/data/compare.json?regions=${five},KZ-71`);
		expect(r.status).toBe(400);
		expect(await r.text()).toContain('at most 5 regions can be compared at once (6 given)');
	}, 120_000);

	it('works with the keyboard: Space ticks a region, arrows and Enter choose the indicator', async () => {
		const { page } = await app.open('/compare?lang=ru&regions=KZ-71');
		await box(page, 'KZ-11').focus();
		await page.keyboard.press('Space');
		await page.waitForURL((u) => regionsOf(u.href) === 'KZ-71,KZ-11');
		await page.waitForLoadState('networkidle');
		// Focus stays on the box just ticked (keepFocus), so the next key goes on from there.
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement)?.value)).toBe(
			'KZ-11'
		);
		const select = page.locator('select[name="indicator"]');
		expect(await select.inputValue()).toBe('rate');
		await select.focus();
		await page.keyboard.press('ArrowDown');
		// An arrow alone does not reload: the choice waits for a pause or Enter.
		await page.waitForTimeout(PAUSE_MS / 3);
		expect(new URL(page.url()).searchParams.get('indicator')).toBe('rate');
		await page.keyboard.press('Enter');
		await page.waitForURL((u) => u.searchParams.get('indicator') === 'count');
		await page.waitForLoadState('networkidle');
		expect(await cell(page, 'compare', 'Акмолинская область', 'value')).toBe(ruNumber(5317));
		await page.close();
	}, 120_000);

	it('a region profile links to the comparison, pre-filled with the region', async () => {
		const { page } = await app.open('/regions/KZ-11?lang=ru');
		await page.locator('[data-testid="compare-link"]').click();
		await page.waitForURL((u) => u.pathname === '/compare' && regionsOf(u.href) === 'KZ-11');
		await page.waitForLoadState('networkidle');
		expect(await box(page, 'KZ-11').isChecked()).toBe(true);
		expect(await page.locator('#compare table').innerText()).toContain('Акмолинская область');
		await page.close();
	}, 120_000);
});

describe('compare on the synthetic demo', () => {
	const app = dashboard(DEMO_DB);

	it('draws a time chart with a legend, marked synthetic, with gaps where regions did not exist', async () => {
		const { page, errors } = await app.open('/compare?lang=en&regions=KZ-10,KZ-61&indicator=count');
		const svg = page.locator('#compare .chart-svg svg').first();
		expect(await svg.count()).toBe(1);
		// One line per territory (Turkistan before 2018 is its own line) and a keyed legend.
		const html = await page.locator('#compare .chart-svg').innerHTML();
		for (const name of ['Abai Region', 'Turkistan Region', 'Republic of Kazakhstan'])
			expect(html).toContain(name);
		expect(await page.locator('#compare .synthetic-mark').count()).toBeGreaterThan(0);
		const note = await page.locator('#compare .note').innerText();
		expect(note).toContain(
			'Abai Region: no values for 2015–2021 (the region did not exist yet) — a gap on the chart, not a zero.'
		);
		// The table says it too: Abai 2015 is empty, not 0.
		const abai2015 = page.locator('#compare tbody tr', { hasText: 'Abai Region' }).first();
		expect(await abai2015.locator('td[data-key="period"]').innerText()).toBe('2015');
		expect(await abai2015.locator('td[data-key="value"]').innerText()).not.toBe('0');
		expect(await abai2015.locator('td[data-key="coverage"]').innerText()).toBe(
			'the region did not exist yet'
		);
		expect(errors).toEqual([]);
		await page.close();
	}, 120_000);
});
