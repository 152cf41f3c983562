/**
 * Chart labels on a shown page (issue 17, item 2), measured by Chromium on the drawing the
 * reader sees (the wide one on a desktop, the narrow one on a phone): every legend item lies
 * inside its chart's SVG, and the labels of one axis (bars, chapters, years) and of one
 * legend are all different. Called from checkEveryViewAt (narrow.ts) on every view; returns
 * the problems found, «path: what», empty when the page is right.
 */
import type { Page } from 'playwright-core';

export async function checkChartLabels(page: Page, path: string, lang: string): Promise<string[]> {
	const found = await page.evaluate(() => {
		const problems: string[] = [];
		const short = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 40);
		// The outermost shown SVG of each chart (a Plot SVG nested in the frame is part of it).
		const charts = [...document.querySelectorAll<SVGSVGElement>('main svg')].filter(
			(svg) => !svg.parentElement?.closest('svg') && svg.getBoundingClientRect().width > 0
		);
		for (const svg of charts) {
			const box = svg.getBoundingClientRect();
			const name = short(svg.getAttribute('aria-label') ?? svg.closest('figure')?.id ?? 'svg');
			// 1. legend items (the frame's, and any swatch Plot drew) inside the SVG's box
			const items = svg.querySelectorAll<SVGGraphicsElement>('g.legend-item, [class*="-swatch"]');
			for (const item of items) {
				const r = item.getBoundingClientRect();
				if (!r.width) continue;
				if (
					r.left < box.left - 1 ||
					r.right > box.right + 1 ||
					r.top < box.top - 1 ||
					r.bottom > box.bottom + 1
				)
					problems.push(
						`${name}: legend «${short(item.textContent ?? '')}» at ${Math.round(r.left - box.left)}–${Math.round(r.right - box.left)} px outside its ${Math.round(box.width)} px chart`
					);
			}
			// 2. labels of one axis distinct, and of one legend
			const groups: [string, string[]][] = [
				...[...svg.querySelectorAll('g[aria-label$="-axis tick label"]')].map(
					(g) =>
						[
							g.getAttribute('aria-label')!,
							[...g.querySelectorAll('text')].map((t) => t.textContent ?? '')
						] as [string, string[]]
				),
				['legend', [...svg.querySelectorAll('g.legend-item')].map((g) => g.textContent ?? '')]
			];
			for (const [axis, texts] of groups) {
				const seen = new Set<string>();
				for (const t of texts.map((x) => x.trim()).filter(Boolean)) {
					if (seen.has(t)) problems.push(`${name}: ${axis} «${short(t)}» twice`);
					seen.add(t);
				}
			}
		}
		return problems;
	});
	return found.map((p) => `${path} (${lang}): ${p}`);
}
