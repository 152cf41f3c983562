/**
 * Server-side chart rendering: Plot draws into a linkedom document, and the frame
 * (charts/frame.ts) wraps the result in one standalone SVG with, in a file, the title above
 * and the source line (and, for demo data, the synthetic mark) below — so the on-screen chart
 * and the SVG/PNG export are the same picture, the file with its title and provenance.
 */
import { createHash } from 'node:crypto';
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
 * Drawings by what they draw (contentKey), least recently used out first: another dataset
 * object with the same content gets the same picture without Plot. Such objects are many:
 * the scenario panel builds its charts' datasets on every request, and a page's URL with
 * other filters rebuilds a dataset whose figures do not depend on them. Bounded by count and
 * by characters (a map is a few hundred kB).
 */
const byContent = new Map<string, string | null>();
const CONTENT_MAX = 600;
const CONTENT_MAX_CHARS = 40_000_000;
let contentChars = 0;

/** An id per boundaries object: the key names the outlines without serialising them. */
const geoIds = new WeakMap<object, number>();
let nextGeoId = 0;
const geoId = (g: unknown) => {
	if (typeof g !== 'object' || g === null) return String(g);
	let id = geoIds.get(g);
	if (id === undefined) geoIds.set(g, (id = ++nextGeoId));
	return `geo#${id}`;
};

/**
 * Everything drawChartSvg reads: the language, layout and target (file or page), the title, the chart
 * spec (a map's boundaries by identity), the rows drawn and, in a file, the source, coverage,
 * findings and note. Null when the content cannot be said as JSON (it is then drawn).
 */
function contentKey(ds: Dataset, tr: Translator, layout: string, target: string): string | null {
	const chart =
		ds.chart?.kind === 'choropleth' ? { ...ds.chart, geojson: geoId(ds.chart.geojson) } : ds.chart;
	const file =
		target === 'file'
			? [ds.source, ds.coverage ?? null, ds.findings ?? null, ds.note ?? null]
			: null;
	try {
		const json = JSON.stringify(
			[tr.lang, layout, target, ds.title, chart, ds.chartRows ?? ds.rows, file],
			// values JSON would say as null (or refuse) said apart
			(_k, v: unknown) =>
				typeof v === 'bigint'
					? `\u0000bigint:${v}`
					: typeof v === 'number' && !Number.isFinite(v)
						? `\u0000number:${v}`
						: v === undefined
							? '\u0000undefined'
							: v
		);
		return createHash('sha256').update(json).digest('base64');
	} catch {
		return null;
	}
}

function keepDrawing(key: string, svg: string | null): void {
	const old = byContent.get(key);
	if (old !== undefined) {
		byContent.delete(key);
		contentChars -= old?.length ?? 0;
	}
	byContent.set(key, svg);
	contentChars += svg?.length ?? 0;
	while (byContent.size > CONTENT_MAX || contentChars > CONTENT_MAX_CHARS) {
		const [first, value] = byContent.entries().next().value as [string, string | null];
		byContent.delete(first);
		contentChars -= value?.length ?? 0;
	}
}

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
	if (svg !== undefined) return svg;
	if (!ds.chart) {
		byKey.set(key, null);
		return null;
	}
	const content = contentKey(ds, tr, layout, target);
	svg = content === null ? undefined : byContent.get(content);
	if (svg === undefined) {
		svg = drawChartSvg(ds, tr, layout, target);
		if (content !== null) keepDrawing(content, svg);
	} else keepDrawing(content!, svg); // most recently used
	byKey.set(key, svg);
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
	const plain = chartOptions(ds.chart, rows, tr);
	let options = narrow ? narrowOptions(plain, ds.chart.kind) : plain;
	if (ds.chart.kind === 'choropleth') {
		// A map's outlines are projected once per frame, wide and phone (projected-map.ts):
		// recorded on the frame's first render, drawn from the planar outlines after it.
		const planar = planarChoropleth(ds.chart, options);
		if (planar) {
			const flat = choroplethOptions(rows, { ...planar.spec, projection: planar.projection }, tr);
			options = narrow ? narrowOptions(flat, ds.chart.kind) : flat;
		} else options = { ...options, marks: [...(options.marks ?? []), recorder(ds.chart, options)] };
	}
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
		(_m, name: string, value: string) => ` ${name}="${roundedValue(value)}"`
	);
}

/**
 * Long values rounded once: a map's outlines are the same path strings on every render of its
 * frame (projected-map.ts), thousands of numbers each. Cleared when it holds 20 M characters.
 */
const roundedLong = new Map<string, string>();
const ROUNDED_MAX_CHARS = 20_000_000;
let roundedChars = 0;

function roundedValue(value: string): string {
	if (value.length < 200) return roundNumbers(value);
	let r = roundedLong.get(value);
	if (r === undefined) {
		if (roundedChars > ROUNDED_MAX_CHARS) {
			roundedLong.clear();
			roundedChars = 0;
		}
		roundedLong.set(value, (r = roundNumbers(value)));
		roundedChars += value.length + r.length;
	}
	return r;
}

const roundNumbers = (value: string) =>
	value.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));

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
