/**
 * Server-side chart rendering: Plot draws into a linkedom document, and the frame
 * (charts/frame.ts) wraps the result in one standalone SVG with, in a file, the title above
 * and the source line (and, for demo data, the synthetic mark) below — so the on-screen chart
 * and the SVG/PNG export are the same picture, the file with its title and provenance.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { captionLines, chartOptions, formatSourceLine } from '../../charts';
import { choroplethOptions } from '../../charts/choropleth';
import { frameSvg, type FramePart } from '../../charts/frame';
import { atLeastFontSize, narrowOptions } from '../../charts/narrow';
import type { Dataset } from '../../dataset';
import type { Translator } from '../../i18n';
import { planarChoropleth, recorder } from './projected-map';

/**
 * A built dataset is kept and shared (server/view.ts): its picture is drawn once per language
 * and layout, for the page that shows it and the .svg export alike. `narrow`: the phone
 * rendering (charts/narrow.ts) — drawn at the width it is shown at, text at least 12 px, title
 * and caption wrapped to that width. Exports use the wide one.
 */
const drawn = new WeakMap<Dataset, Map<string, string | null>>();

/**
 * `target`: 'file' (default) puts the title above and the source line, coverage, findings,
 * note and synthetic mark inside the picture, as the SVG and PNG exports need; 'page' leaves
 * them out, because the page shows them once as HTML around the chart (Chart.svelte: the
 * title in its figcaption, the provenance under it). The title stays the SVG's aria-label.
 */
export function renderChartSvg(
	ds: Dataset,
	tr: Translator,
	layout: 'wide' | 'narrow' = 'wide',
	target: 'file' | 'page' = 'file'
): string | null {
	let byKey = drawn.get(ds);
	if (!byKey) drawn.set(ds, (byKey = new Map()));
	const key = `${tr.lang}|${layout}|${target}`;
	let svg = byKey.get(key);
	if (svg === undefined) byKey.set(key, (svg = drawChartSvg(ds, tr, layout, target)));
	return svg;
}

function drawChartSvg(
	ds: Dataset,
	tr: Translator,
	layout: 'wide' | 'narrow',
	target: 'file' | 'page'
): string | null {
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
	const el = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
	// With a legend or caption Plot returns a <figure>: ramp legends are SVGs, swatch legends
	// are HTML (redrawn as SVG by the frame), the caption a <figcaption>.
	const parts: FramePart[] = (el.tagName.toLowerCase() === 'svg' ? [el] : [...el.children]).map(
		(c): FramePart => {
			const tag = c.tagName.toLowerCase();
			if (tag === 'svg')
				return {
					svg: roundGeometry(c.outerHTML),
					width: Number(c.getAttribute('width') ?? 640),
					height: Number(c.getAttribute('height') ?? 50)
				};
			if (tag === 'figcaption') return { caption: c.textContent?.trim() ?? '' };
			return { swatches: swatchesOf(c) };
		}
	);
	const svg = frameSvg({
		title: ds.title,
		showTitle: target === 'file',
		parts,
		width: Number(options.width ?? 640),
		narrow,
		provenance:
			target === 'file'
				? {
						lines: [formatSourceLine(ds.source, tr, false), ...captionLines(ds, tr)],
						synthetic: ds.source.synthetic ? tr.t('label.synthetic') : null
					}
				: null
	});
	return narrow ? atLeastFontSize(svg) : svg;
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
