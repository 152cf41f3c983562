/**
 * The tile map of the 20 regions coloured by an indicator. Regions without a figure are
 * drawn dashed-grey and labelled «no data» — never coloured as zero. Colours are classed with
 * the breaks of the page's one map scale (map-scale.ts, shared with the choropleth): readable
 * in print, and Plot draws the legend without a canvas on the server. Every tile names its
 * region on hover (<title>) and, with `link`, is a link to the region's profile.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../dataset';
import type { Translator } from '../i18n';
import { TILE_ABBR, TILE_LAYOUT } from './tile-layout';
import {
	classOf,
	mapScale,
	NO_DATA_FILL,
	NO_DATA_STROKE,
	chartProfileHref,
	type MapScale
} from './map-scale';

export interface TileMapOptions {
	code: string;
	label: string;
	value: string;
	legend: string;
	diverging?: boolean;
	scale?: MapScale;
	link?: { period: string | null };
}

interface Tile {
	code: string;
	col: number;
	row: number;
	value: number | null;
	name: string;
}

/** Below this drawing width a tile is too narrow for «нет данных» on one line (the phone drawing). */
const NARROW_TILE_MAP = 480;

/**
 * A render transform of the value labels: in a narrow drawing (charts/narrow.ts, 340 px: tiles
 * about 52 px wide at 12 px text) a label of words («нет данных», «деректер жоқ») is broken
 * into lines so that it stays on its tile; figures have no ordinary spaces and stay whole.
 */
const wrapWhenNarrow: Plot.RenderFunction = (index, scales, values, dimensions, context, next) => {
	const text = values.text as unknown as string[] | undefined;
	const narrowed =
		dimensions.width < NARROW_TILE_MAP && text
			? { ...values, text: text.map((s) => (s ?? '').replace(/ /g, '\n')) }
			: values;
	return next!(index, scales, narrowed as Plot.ChannelValues, dimensions, context);
};

export function tileMapOptions(rows: Row[], o: TileMapOptions, tr: Translator): Plot.PlotOptions {
	const byCode = new Map(rows.map((r) => [String(r[o.code]), r]));
	const tiles: Tile[] = Object.entries(TILE_LAYOUT).map(([code, [col, row]]) => {
		const r = byCode.get(code);
		const v = r && typeof r[o.value] === 'number' ? (r[o.value] as number) : null;
		return { code, col, row, value: v, name: r ? String(r[o.label]) : tr.region(code) };
	});
	const known = tiles.filter((t) => t.value !== null);
	const missing = tiles.filter((t) => t.value === null);
	// The page's scale when given (the same breaks as its choropleth), else one of these values.
	const scale =
		o.scale ??
		mapScale(
			known.map((t) => t.value),
			o.diverging
		);
	// The text colour on each tile is chosen for the class it is drawn in: dark classes take
	// white text, light classes near black — each pair above 4.5:1 (WCAG AA), checked in the
	// browser tests.
	const textFill = (t: Tile) =>
		t.value !== null && scale.dark[Math.min(classOf(scale, t.value), scale.dark.length - 1)]
			? 'white'
			: '#111';
	const title = (t: Tile) =>
		`${t.name} (${TILE_ABBR[t.code]}): ${t.value === null ? tr.t('label.nodata') : tr.num(t.value, 1)}`;
	const href = o.link ? (t: Tile) => chartProfileHref(t.code, o.link!.period, tr.lang) : undefined;
	return {
		width: 640,
		height: 400,
		padding: 0.06,
		x: { axis: null, domain: [0, 1, 2, 3, 4, 5] },
		y: { axis: null, domain: [0, 1, 2, 3] },
		color: {
			type: 'threshold',
			domain: scale.thresholds.length ? scale.thresholds : [0],
			range: scale.thresholds.length ? scale.colors : [NO_DATA_FILL, NO_DATA_FILL],
			legend: true,
			label: o.legend,
			tickFormat: (v: number) => tr.num(v, 1)
		},
		marks: [
			Plot.cell(known, { x: 'col', y: 'row', fill: 'value', title, href }),
			Plot.cell(missing, {
				x: 'col',
				y: 'row',
				fill: NO_DATA_FILL,
				stroke: NO_DATA_STROKE,
				strokeDasharray: '4,3',
				title,
				href
			}),
			// The labels let the pointer through to the tile's link under them.
			Plot.text(tiles, {
				x: 'col',
				y: 'row',
				text: (t: Tile) => TILE_ABBR[t.code],
				dy: -10,
				fontWeight: 'bold',
				fontSize: 12,
				fill: textFill,
				pointerEvents: 'none',
				ariaHidden: 'true'
			}),
			Plot.text(tiles, {
				x: 'col',
				y: 'row',
				text: (t: Tile) => (t.value === null ? tr.t('label.nodata') : tr.num(t.value, 1)),
				dy: 8,
				fontSize: 11,
				fill: textFill,
				pointerEvents: 'none',
				ariaHidden: 'true',
				render: wrapWhenNarrow
			})
		]
	};
}
