/**
 * What every page must be on a phone and on paper (issue 17, items 1 and 5), measured in the
 * page by real Chromium; shared by narrow-demo.test.ts and narrow-real.test.ts, which run it on
 * the two warehouses. The pages are harness.ts VIEWS: a new page added there is checked too.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { VIEWS, type Dashboard } from './harness';
import { checkLanguage } from './language-checks';
import { checkChartLabels } from './chart-checks';

export const LANGS = ['ru', 'kk', 'en'] as const;
/** Smallest chart text, in CSS pixels as shown (font size × the SVG's scale). */
export const MIN_CHART_TEXT_PX = 11;
/** The header (brand, menu, languages) may take at most this much of a phone's first screen. */
export const MAX_HEADER_PX = 120;

/** Pages of a PDF from Chromium's page.pdf: its `/Type /Page` objects (not the `/Pages` tree). */
export const pdfPages = (pdf: Buffer) =>
	(pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

export const withLang = (view: string, lang: string) =>
	`${view}${view.includes('?') ? '&' : '?'}lang=${lang}`;

/** What the page measures of itself at the current viewport. */
export function measure(page: Page) {
	return page.evaluate(() => {
		const small: string[] = [];
		for (const svg of document.querySelectorAll<SVGSVGElement>('main svg')) {
			// Only outermost SVGs that are shown; nested ones (Plot's) share the outer scale.
			if (svg.parentElement?.closest('svg')) continue;
			const r = svg.getBoundingClientRect();
			if (!r.width) continue;
			const vb = svg.viewBox.baseVal;
			const scale = vb && vb.width ? r.width / vb.width : 1;
			for (const t of svg.querySelectorAll('text')) {
				if (!t.textContent?.trim() || !t.getBoundingClientRect().width) continue;
				const px = parseFloat(getComputedStyle(t).fontSize) * scale;
				if (px < 11) small.push(`${px.toFixed(1)}px «${t.textContent.trim().slice(0, 30)}»`);
			}
		}
		return {
			scrollWidth: document.documentElement.scrollWidth,
			viewport: window.innerWidth,
			title: document.title,
			header: document.querySelector('header.site')!.getBoundingClientRect().height,
			small
		};
	});
}

/**
 * Every view in every language at `width` px: no horizontal scrolling, chart text at least
 * MIN_CHART_TEXT_PX, a compact header; and the titles of one language all distinct.
 */
export async function checkEveryViewAt(
	app: Dashboard,
	width: number,
	langs: readonly string[] = LANGS
) {
	const problems: string[] = [];
	for (const lang of langs) {
		const titles = new Map<string, string>();
		for (const view of VIEWS) {
			const path = withLang(view, lang);
			const page = await app.browser.newPage({ viewport: { width, height: 844 } });
			const res = await page.goto(app.url + path, { waitUntil: 'networkidle' });
			expect(res?.status(), path).toBe(200);
			const m = await measure(page);
			if (m.scrollWidth > m.viewport)
				problems.push(`${path}: ${m.scrollWidth} px wide at a ${m.viewport} px viewport`);
			if (m.small.length) problems.push(`${path}: chart text ${m.small.slice(0, 3).join(', ')}`);
			if (m.header > MAX_HEADER_PX) problems.push(`${path}: header ${m.header} px high`);
			if (titles.has(m.title))
				problems.push(`${path}: title «${m.title}» also on ${titles.get(m.title)}`);
			titles.set(m.title, path);
			// No raw field key on screen (issues 16, 17): open every table behind a chart, then
			// look for snake_case words (`year_3_5`, `forever_jail`) in the visible text.
			const raw = await page.evaluate(() => {
				document.querySelectorAll('details').forEach((d) => (d.open = true));
				// A source's web address is shown as published (its path may hold underscores).
				const text = document.body.innerText.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ');
				return [...new Set(text.match(/\b[a-z]+_[a-z0-9_]+\b/g) ?? [])];
			});
			if (raw.length) problems.push(`${path}: raw keys on screen: ${raw.slice(0, 5).join(', ')}`);
			problems.push(...(await checkLanguage(page, path, lang)));
			problems.push(...(await checkChartLabels(page, path, lang)));
			await page.close();
		}
		// One title per view, none of them only the site name.
		expect(titles.size, [...titles.keys()].join(' | ')).toBe(VIEWS.length);
	}
	expect(problems, problems.join('\n')).toEqual([]);
}
