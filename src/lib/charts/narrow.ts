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

/** Labels of a band axis cut to `chars` letters with «…»; after the chart's own format. */
function shortLabels(scale: Scale | undefined, chars: number): Scale | undefined {
	if (!scale || scale.axis === null) return scale;
	const own = typeof scale.tickFormat === 'function' ? scale.tickFormat : null;
	return {
		...scale,
		tickFormat: (d: unknown, i: number) => {
			const s = String(own ? own(d, i) : d);
			return s.length > chars ? `${s.slice(0, chars - 1).trimEnd()}…` : s;
		}
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
			// ~0.6 em a letter at MIN_FONT_PX
			const chars = Math.floor((margin - 10) / (MIN_FONT_PX * 0.6));
			o.y = shortLabels(options.y as Scale, chars) as Plot.ScaleOptions;
			o.fy = shortLabels(options.fy as Scale, chars) as Plot.ScaleOptions;
			o.x = fewerTicks(options.x as Scale, 3) as Plot.ScaleOptions;
			break;
		}
		default:
			o.height = Math.round(height * 0.8);
			o.marginLeft = Math.min(Number(options.marginLeft ?? 40), 56);
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
