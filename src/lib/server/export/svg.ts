/**
 * Server-side chart rendering: Plot draws into a linkedom document, and the result is
 * wrapped in one standalone SVG with the title above and the source line (and, for demo
 * data, the synthetic mark) below — so the on-screen chart and the SVG/PNG export are the
 * same picture with the same provenance.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { captionLines, chartOptions, formatSourceLine } from '../../charts';
import { choroplethOptions } from '../../charts/choropleth';
import { atLeastFontSize, narrowOptions } from '../../charts/narrow';
import type { Dataset } from '../../dataset';
import type { Translator } from '../../i18n';
import { planarChoropleth, recorder } from './projected-map';

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A built dataset is kept and shared (server/view.ts): its picture is drawn once per language
 * and layout, for the page that shows it and the .svg export alike. `narrow`: the phone
 * rendering (charts/narrow.ts) — drawn at the width it is shown at, text at least 12 px, title
 * and caption wrapped to that width. Exports use the wide one.
 */
const drawn = new WeakMap<Dataset, Map<string, string | null>>();

export function renderChartSvg(
	ds: Dataset,
	tr: Translator,
	layout: 'wide' | 'narrow' = 'wide'
): string | null {
	let byKey = drawn.get(ds);
	if (!byKey) drawn.set(ds, (byKey = new Map()));
	const key = `${tr.lang}|${layout}`;
	let svg = byKey.get(key);
	if (svg === undefined) byKey.set(key, (svg = drawChartSvg(ds, tr, layout)));
	return svg;
}

function drawChartSvg(ds: Dataset, tr: Translator, layout: 'wide' | 'narrow'): string | null {
	if (!ds.chart) return null;
	const narrow = layout === 'narrow';
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const rows = ds.chartRows ?? ds.rows;
	let drawn = chartOptions(ds.chart, rows, tr);
	if (ds.chart.kind === 'choropleth' && !narrow) {
		// A map's outlines are projected once (projected-map.ts): recorded on its first render.
		// The phone drawing has another frame: it projects as Plot does.
		const planar = planarChoropleth(ds.chart, drawn);
		drawn = planar
			? choroplethOptions(rows, { ...planar.spec, projection: planar.projection }, tr)
			: { ...drawn, marks: [...(drawn.marks ?? []), recorder(ds.chart, drawn)] };
	}
	const options = narrow ? narrowOptions(drawn, ds.chart.kind) : drawn;
	// Letter widths of the legend and caption text (11/10 px wide, 12 px narrow).
	const letter = narrow ? 7.4 : 6.8;
	const titleLines = narrow ? wrap(ds.title, Math.floor(Number(options.width) / 9)) : [ds.title];
	const el = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
	// With a legend Plot returns a <figure>: ramp legends are SVGs, swatch legends are HTML.
	const parts: { svg?: Element; swatches?: { color: string; label: string }[] }[] =
		el.tagName.toLowerCase() === 'svg'
			? [{ svg: el }]
			: [...el.children].map((c) =>
					c.tagName.toLowerCase() === 'svg' ? { svg: c } : { swatches: swatchesOf(c) }
				);
	let y = 10 + 18 * titleLines.length;
	let w = 0;
	const body: string[] = [];
	for (const p of parts) {
		if (p.svg) {
			const pw = Number(p.svg.getAttribute('width') ?? 640);
			const ph = Number(p.svg.getAttribute('height') ?? 50);
			body.push(`<g transform="translate(0,${y})">${roundGeometry(p.svg.outerHTML)}</g>`);
			y += ph;
			w = Math.max(w, pw);
		} else if (p.swatches?.length) {
			// Swatch legends are HTML in Plot: redraw them as SVG (colour square + label), in
			// rows that stay inside the chart's width (many sources make a long legend).
			const width = Number(options.width ?? 640);
			let x = 4;
			for (const sw of p.swatches) {
				// 11 px Cyrillic runs about 6.8 px a letter (6.2 let long labels overlap).
				const itemWidth = 28 + sw.label.length * letter;
				if (x > 4 && x + itemWidth > width) {
					x = 4;
					y += 18;
				}
				body.push(
					`<rect x="${x}" y="${y + 2}" width="12" height="12" fill="${esc(sw.color)}"/>`,
					`<text x="${x + 16}" y="${y + 12}" font-size="11" fill="#222">${esc(sw.label)}</text>`
				);
				x += itemWidth;
			}
			y += 20;
		}
	}
	w = w || Number(options.width ?? 640);
	// The caption: source line, then coverage of national sums, findings and the note.
	const lines = [formatSourceLine(ds.source, tr), ...captionLines(ds, tr)].flatMap((l) =>
		wrap(l, Math.floor(w / (narrow ? letter : 6.2)))
	);
	const lineH = narrow ? 15 : 14;
	const H = y + 10 + lineH * lines.length + (ds.source.synthetic ? 18 : 0);
	const out = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${H}" viewBox="0 0 ${w} ${H}" role="img" aria-label="${esc(ds.title)}" font-family="system-ui, sans-serif">`,
		`<rect width="100%" height="100%" fill="white"/>`,
		...titleLines.map(
			(l, i) =>
				`<text x="4" y="${18 + 18 * i}" font-size="14" font-weight="bold" fill="#111">${esc(l)}</text>`
		),
		...body,
		...lines.map(
			(l, i) => `<text x="4" y="${y + 14 + lineH * i}" font-size="10" fill="#333">${esc(l)}</text>`
		),
		ds.source.synthetic
			? `<text x="${w - 4}" y="${H - 6}" text-anchor="end" font-size="13" font-weight="bold" fill="#b00020" class="synthetic-mark">${esc(tr.t('label.synthetic'))}</text>`
			: '',
		`</svg>`
	];
	return narrow ? atLeastFontSize(out.join('')) : out.join('');
}

/** Geometry to 0.1 px: smaller pages, stable snapshots; text content is left alone. */
export function roundGeometry(svg: string): string {
	return svg.replace(
		/\s(d|transform|x|y|x1|x2|y1|y2|cx|cy|width|height|points)="([^"]*)"/g,
		(_m, name: string, value: string) =>
			` ${name}="${value.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`
	);
}

function swatchesOf(legend: Element): { color: string; label: string }[] {
	return [...legend.querySelectorAll('span')]
		.map((span) => ({
			color:
				span.querySelector('svg')?.getAttribute('fill') ??
				span.querySelector('rect')?.getAttribute('fill') ??
				'#999',
			label: span.textContent?.trim() ?? ''
		}))
		.filter((s) => s.label);
}

/** Break a long source line at '; ' or spaces so that it stays inside the picture. */
function wrap(line: string, max: number): string[] {
	const out: string[] = [];
	let rest = line;
	while (rest.length > max) {
		let cut = rest.lastIndexOf('; ', max);
		if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
		if (cut <= 0) cut = max;
		out.push(rest.slice(0, cut + 1).trim());
		rest = rest.slice(cut + 1).trim();
	}
	out.push(rest);
	return out;
}
