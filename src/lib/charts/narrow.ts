/**
 * The narrow rendering of a chart, for phones (issue 17, item 1). Charts are drawn on the
 * server at a fixed width (720 px) and scaled to their box: on a 390 px screen that box is
 * about 350 px, so 10 px axis text became 4–5 px. The narrow rendering is drawn at
 * NARROW_WIDTH instead, the width of that box, so it is shown unscaled: text at least
 * MIN_FONT_PX, fewer ticks, a smaller label margin with labels shortened (the whole label stays
 * in the tooltip and the table). It re-lays the options every chart builder returns, so a
 * chart kind needs nothing of its own to have one.
 */
import type * as Plot from '@observablehq/plot';
import type { ChartSpec } from '../dataset';
import { axisText, distinctShort, shorten } from './bar-ranking';
import { textWidth } from './frame';

/** The chart box on a 360–390 px phone (app.css: main and figure padding): drawn unscaled. */
export const NARROW_WIDTH = 340;
/** No chart text smaller than this in the narrow rendering (the SVG is shown at about 1:1). */
export const MIN_FONT_PX = 12;
/** At most this many labelled ticks on an axis of the narrow rendering. */
const MAX_TICKS = 5;

type Scale = Plot.ScaleOptions & { ticks?: unknown; tickFormat?: unknown; axis?: unknown };

/** Keep every n-th of explicit ticks so that at most MAX_TICKS remain (the first kept). */
function fewerTicks(scale: Scale | undefined, count: number): Scale | undefined {
	if (!scale || scale.axis === null) return scale;
	if (Array.isArray(scale.ticks)) {
		const step = Math.ceil(scale.ticks.length / count);
		return { ...scale, ticks: scale.ticks.filter((_, i) => i % step === 0) };
	}
	if (scale.ticks === undefined && scale.type !== 'band' && scale.type !== 'point')
		return { ...scale, ticks: count };
	return scale;
}

/**
 * A label in at most two lines of `chars` letters: broken at a space, the second line cut
 * with «…» (Plot draws a tick label's «\n» as a new line).
 */
function twoLines(text: string, chars: number): string {
	if (text.length <= chars) return text;
	const space = text.lastIndexOf(' ', chars);
	if (space < chars / 3) return shorten(text, chars);
	return `${text.slice(0, space).trimEnd()}\n${shorten(text.slice(space + 1), chars)}`;
}

/**
 * Labels of a band axis in two short lines (twoLines), still told apart (distinctShort where
 * two would read the same): the chart's whole label text (axisText) is cut, not its wide cut.
 */
function shortLabels(
	scale: Scale | undefined,
	room: number
): { scale: Scale | undefined; lines: number } {
	if (!scale || scale.axis === null) return { scale, lines: 1 };
	const own = typeof scale.tickFormat === 'function' ? scale.tickFormat : null;
	const text = (own && axisText.get(own)) ?? ((d: unknown) => String(own ? own(d, 0) : d));
	const domain = Array.isArray(scale.domain) ? scale.domain.map((d) => text(d as string)) : [];
	// letters per line: as many as fit `room` px at MIN_FONT_PX (wide letters count wider)
	const fits = (v: string) => v.split('\n').every((l) => textWidth(l, MIN_FONT_PX) <= room);
	const chars = Math.floor(room / (MIN_FONT_PX * 0.55));
	const fit = (t: string) => {
		for (let c = chars; c > 6; c--) if (fits(twoLines(t, c))) return twoLines(t, c);
		return twoLines(t, 6);
	};
	const short = new Map(domain.map((t) => [t, fit(t)]));
	const counts = new Map<string, number>();
	for (const v of short.values()) counts.set(v, (counts.get(v) ?? 0) + 1);
	const same = domain.filter((t) => counts.get(short.get(t)!)! > 1);
	for (const [t, v] of distinctShort(same, Math.floor(room / (MIN_FONT_PX * 0.7)))) short.set(t, v);
	const lines = Math.max(1, ...[...short.values()].map((v) => v.split('\n').length));
	return {
		scale: {
			...scale,
			tickFormat: (d: unknown) => {
				const s = text(d as string);
				return short.get(s) ?? shorten(s, chars);
			}
		},
		lines
	};
}

export function narrowOptions(
	options: Plot.PlotOptions,
	kind: ChartSpec['kind'],
	width: number = NARROW_WIDTH
): Plot.PlotOptions {
	const wide = Number(options.width ?? 640);
	const k = width / wide;
	const height = Number(options.height ?? 400);
	const o: Plot.PlotOptions = {
		...options,
		width,
		style: {
			...(typeof options.style === 'object' ? options.style : {}),
			fontSize: `${MIN_FONT_PX}px`
		}
	};
	// A colour ramp legend spans the narrow width (Plot's default 240 px cuts its label).
	const color = options.color as (Plot.ScaleOptions & { legend?: unknown }) | undefined;
	if (color?.legend) o.color = { ...color, width: width - 8 } as Plot.ScaleOptions;
	switch (kind) {
		case 'tileMap':
		case 'choropleth':
			// A map keeps its aspect: the same shape, smaller.
			o.height = Math.round(height * k);
			break;
		case 'barRanking':
		case 'groupedBars': {
			// One bar per label keeps its height; the label margin shrinks to 40 % of the width.
			const margin = Math.min(Number(options.marginLeft ?? 40), Math.round(width * 0.4));
			o.marginLeft = margin;
			o.marginRight = Math.min(Number(options.marginRight ?? 20), 48);
			// the margin less the tick and its gap (9 px)
			const y = shortLabels(options.y as Scale, margin - 10);
			const fy = shortLabels(options.fy as Scale, margin - 10);
			o.y = y.scale as Plot.ScaleOptions;
			o.fy = fy.scale as Plot.ScaleOptions;
			// a ranking's rows are 22 px: labels in two lines need 32
			const rows = Array.isArray(o.y?.domain) ? o.y.domain.length : 0;
			if (kind === 'barRanking' && y.lines > 1) o.height = Math.max(height, 32 * rows + 40);
			o.x = fewerTicks(options.x as Scale, 3) as Plot.ScaleOptions;
			break;
		}
		default:
			o.height = Math.round(height * 0.8);
			// «350 000» at 12 px needs about 60 px beside the axis
			o.marginLeft = Math.min(Number(options.marginLeft ?? 40), 64);
			o.marginRight = Math.min(Number(options.marginRight ?? 20), 16);
			o.x = fewerTicks(options.x as Scale, MAX_TICKS) as Plot.ScaleOptions;
			o.y = fewerTicks(options.y as Scale, MAX_TICKS) as Plot.ScaleOptions;
	}
	return o;
}

/** Every font size in an SVG raised to at least `min` px (text marks set their own, e.g. 9). */
export function atLeastFontSize(svg: string, min: number = MIN_FONT_PX): string {
	return svg
		.replace(/font-size="(\d+(?:\.\d+)?)(px)?"/g, (m, n: string) =>
			Number(n) < min ? `font-size="${min}"` : m
		)
		.replace(/font-size:\s*(\d+(?:\.\d+)?)px/g, (m, n: string) =>
			Number(n) < min ? `font-size:${min}px` : m
		);
}
