/**
 * Test helper: serves a built notebook site over HTTP on localhost and opens pages in headless
 * Chromium, reporting what a reader would see: charts (SVG), error cells, requests that tried
 * to leave the machine, and the key figures marked `data-figure` in the page.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.woff2': 'font/woff2',
	'.svg': 'image/svg+xml'
};

export interface StaticSite {
	url: string;
	close(): Promise<void>;
}

export async function serveDirectory(dir: string): Promise<StaticSite> {
	const server: Server = createServer((req, res) => {
		const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]));
		const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
		if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** Kept here for the notebook tests: the launch itself is shared with the e2e tests. */
export { launchChromium } from '../chromium';

export interface RenderedPage {
	title: string;
	svgCharts: number;
	/** Every titled Plot chart and how many data marks (bars, dots, lines, areas) it drew. */
	charts: { title: string; marks: number }[];
	errorCells: string[];
	/** Requests to anything but the local server: must stay empty (the build works offline). */
	externalRequests: string[];
	pageErrors: string[];
	/** `data-figure` name → `data-value` (or text when there is no data-value). */
	figures: Record<string, string>;
	text: string;
}

/** Open a page, wait until every cell has settled (or `timeout`), and read what it shows. */
export async function renderPage(
	browser: Browser,
	url: string,
	timeout = 30_000
): Promise<RenderedPage> {
	const page = await browser.newPage();
	const externalRequests: string[] = [];
	const pageErrors: string[] = [];
	const origin = new URL(url).origin;
	await page.route('**/*', (route) => {
		const target = route.request().url();
		if (target.startsWith(origin) || target.startsWith('data:') || target.startsWith('blob:')) {
			return route.continue();
		}
		externalRequests.push(target);
		return route.abort();
	});
	page.on('pageerror', (error) => pageErrors.push(error.message));
	try {
		await page.goto(url, { waitUntil: 'networkidle', timeout });
		// Cells settle asynchronously; each notebook's last cell, which depends on its key
		// figures, marks the end with data-figure="done". An error cell ends the wait too.
		await page
			.waitForFunction(
				() => document.querySelector('[data-figure="done"], .observablehq--error') !== null,
				undefined,
				{ timeout }
			)
			.catch(() => pageErrors.push('the page never reached its closing cell (data-figure="done")'));
		await page.waitForLoadState('networkidle');
		return await page.evaluate(
			({ externalRequests, pageErrors }) => {
				const figures: Record<string, string> = {};
				for (const el of document.querySelectorAll<HTMLElement>('[data-figure]')) {
					figures[el.dataset.figure as string] = el.dataset.value ?? el.textContent ?? '';
				}
				return {
					title: document.title,
					svgCharts: document.querySelectorAll('main svg[class*="plot"], main figure svg').length,
					charts: Array.from(document.querySelectorAll('main figure'), (figure) => {
						// Marks drawn inside their chart's frame: a point off its scale is not shown.
						const selector = ['bar', 'dot', 'line', 'area', 'cell']
							.map((mark) => `g[aria-label="${mark}"] > *`)
							.join(', ');
						const marks = Array.from(figure.querySelectorAll(selector)).filter((mark) => {
							const box = mark.getBoundingClientRect();
							const frame = (mark as SVGElement).ownerSVGElement?.getBoundingClientRect();
							return (
								frame !== undefined &&
								box.right >= frame.left &&
								box.left <= frame.right &&
								box.bottom >= frame.top &&
								box.top <= frame.bottom
							);
						});
						return {
							title: figure.querySelector('h2, h3')?.textContent ?? '',
							marks: marks.length
						};
					}).filter((chart) => chart.title !== ''),
					errorCells: Array.from(
						document.querySelectorAll('.observablehq--error'),
						(el) => (el.closest('.observablehq--cell')?.id ?? '?') + ': ' + el.textContent
					),
					externalRequests,
					pageErrors,
					figures,
					text: document.querySelector('main')?.textContent ?? ''
				};
			},
			{ externalRequests, pageErrors }
		);
	} finally {
		await page.close();
	}
}
