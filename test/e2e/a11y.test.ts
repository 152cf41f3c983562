/**
 * Accessibility in real Chromium on the BUILT server (embedded default warehouse): WCAG AA
 * contrast of every visible text — HTML and chart SVG text, tables behind the charts opened —
 * on every view (test/e2e/contrast.ts computes it in the page), and keyboard use: the skip
 * link comes first and moves focus to the content; Tab reaches the navigation, the filters
 * and every export control; the focused element always shows a visible outline.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_DB, VIEWS, dashboard } from './harness';
import { contrastFailures } from './contrast';

const app = dashboard(DEMO_DB);

/** What has focus: enough to recognise it, and whether its focus indicator is visible. */
async function focused(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		const cs = getComputedStyle(el);
		const r = el.getBoundingClientRect();
		return {
			tag: el.tagName.toLowerCase(),
			cls: el.className,
			id: el.id,
			href: el.getAttribute('href'),
			name: el.getAttribute('name'),
			exportKind: el.getAttribute('data-export'),
			inNav: !!el.closest('nav[data-nav="main"]'),
			inFilters: !!el.closest('form.filters'),
			outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
			onScreen: r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.width > 0
		};
	});
}

describe('accessibility', () => {
	const views = [...VIEWS, '/?lang=kk', '/regions?indicator=change', '/offences?row=107&lang=en'];
	it('every visible text passes WCAG AA contrast on every view (charts included)', async () => {
		const report: string[] = [];
		for (const view of views) {
			const { page } = await app.open(view);
			// The tables behind the charts are text too.
			await page.evaluate(() =>
				document.querySelectorAll('details').forEach((d) => (d.open = true))
			);
			const { checked, failures } = await contrastFailures(page);
			// Pages of text and tables only (the demo holds no people sections): fewer texts.
			const chartless = ['/data', '/data/imports', '/methodology', '/people'].includes(view);
			expect(checked, `${view}: texts checked`).toBeGreaterThan(chartless ? 10 : 50);
			// The chart SVG text is measured too (axis ticks, tile labels, source lines).
			const svgTexts = await page.locator('.chart-svg svg text').count();
			if (!chartless) expect(svgTexts, view).toBeGreaterThan(0);
			for (const f of failures)
				report.push(
					`${view} ${f.where} <${f.tag}> «${f.text}» ${f.ratio} < ${f.needed} (${f.fg} on ${f.bg})`
				);
			await page.close();
		}
		expect(report, report.slice(0, 30).join('\n')).toEqual([]);
		// Twenty views with their tables open: about 6 s each on a busy two-core machine.
	}, 300_000);

	it('the checker itself flags low contrast (a grey on grey probe)', async () => {
		const { page } = await app.open('/courts');
		await page.evaluate(() => {
			const p = document.createElement('p');
			p.textContent = 'probe text';
			p.style.cssText = 'color:#999;background:#bbb;font-size:14px';
			document.querySelector('main')!.prepend(p);
		});
		const { failures } = await contrastFailures(page);
		expect(failures.map((f) => f.text)).toContain('probe text');
		await page.close();
	});

	it('keyboard: skip link first, then navigation, filters and every export control, focus visible', async () => {
		const { page } = await app.open('/regions');
		await page.keyboard.press('Tab');
		const first = await focused(page);
		expect(first?.cls).toContain('skip');
		expect(first?.onScreen, 'skip link visible when focused').toBe(true);
		expect(first?.outline).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => location.hash === '#content');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');

		await page.goto(app.url + '/regions', { waitUntil: 'networkidle' });
		const seen: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
		for (let i = 0; i < 120; i++) {
			await page.keyboard.press('Tab');
			const f = await focused(page);
			if (!f) continue;
			seen.push(f);
			if (f.exportKind === 'xlsx' && seen.some((s) => s.exportKind === 'png')) break;
		}
		const without = seen.filter((s) => !s.outline);
		expect(without, JSON.stringify(without.slice(0, 3))).toEqual([]);
		expect(seen.some((s) => s.inNav && s.href === '/regions')).toBe(true);
		expect(seen.some((s) => s.inFilters && s.tag === 'select' && s.name === 'period')).toBe(true);
		expect(seen.some((s) => s.inFilters && s.tag === 'button')).toBe(true);
		for (const kind of ['svg', 'png', 'csv', 'xlsx'])
			expect(
				seen.some((s) => s.exportKind === kind),
				kind
			).toBe(true);
		await page.close();
	});

	it('names the menu and the language switch in the page language', async () => {
		// src/lib/i18n/features/ux.ts 'ux.menu', messages.ts 'label.language'
		const names = {
			ru: ['Главное меню', 'Язык'],
			kk: ['Басты мәзір', 'Тіл'],
			en: ['Main menu', 'Language']
		};
		for (const [lang, [menu, language]] of Object.entries(names)) {
			const { page } = await app.open(`/regions?lang=${lang}`);
			expect(await page.locator('nav[data-nav="main"]').getAttribute('aria-label'), lang).toBe(
				menu
			);
			expect(await page.getByRole('navigation', { name: menu }).count(), lang).toBe(1);
			expect(await page.locator('nav.langs').getAttribute('aria-label'), lang).toBe(language);
			await page.close();
		}
	});

	it('every chart offers SVG, PNG, CSV and XLSX, and has a table behind it', async () => {
		for (const view of VIEWS) {
			const { page } = await app.open(view);
			const figures = page.locator('figure.dataset:has(.chart-svg)');
			const n = await figures.count();
			for (let i = 0; i < n; i++) {
				const fig = figures.nth(i);
				const id = await fig.getAttribute('id');
				for (const kind of ['svg', 'png', 'csv', 'xlsx'])
					expect(
						await fig.locator(`[data-export="${kind}"]`).count(),
						`${view} #${id} ${kind}`
					).toBe(1);
				expect(await fig.locator('table').count(), `${view} #${id} table`).toBe(1);
				// One labelled chart image shown (the phone drawing beside it is hidden at this width).
				expect(
					await fig.locator('svg[role="img"][aria-label]:visible').count(),
					`${view} #${id}`
				).toBe(1);
			}
			await page.close();
		}
	});
});
