/**
 * The tile map of the 20 regions coloured by an indicator. Regions without a figure are
 * drawn dashed-grey and labelled «no data» — never coloured as zero. Colours are classed
 * (quantize): readable in print, and Plot draws the legend without a canvas on the server.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../dataset';
import type { Translator } from '../i18n';
import { TILE_ABBR, TILE_LAYOUT } from './tile-layout';

export interface TileMapOptions {
	code: string;
	label: string;
	value: string;
	legend: string;
	diverging?: boolean;
}

/** Five blues (light → dark) and six red–blue classes (blue: below, red: above). */
const SEQUENTIAL = [
	{ color: '#eff3ff', dark: false },
	{ color: '#c6dbef', dark: false },
	{ color: '#9ecae1', dark: false },
	{ color: '#2171b5', dark: true },
	{ color: '#08306b', dark: true }
];
const DIVERGING = [
	{ color: '#2166ac', dark: true },
	{ color: '#67a9cf', dark: false },
	{ color: '#d1e5f0', dark: false },
	{ color: '#fddbc7', dark: false },
	{ color: '#ef8a62', dark: false },
	{ color: '#b2182b', dark: true }
];

export function tileMapOptions(rows: Row[], o: TileMapOptions, tr: Translator): Plot.PlotOptions {
	const byCode = new Map(rows.map((r) => [String(r[o.code]), r]));
	const tiles = Object.entries(TILE_LAYOUT).map(([code, [col, row]]) => {
		const r = byCode.get(code);
		const v = r && typeof r[o.value] === 'number' ? (r[o.value] as number) : null;
		return { code, col, row, value: v, name: r ? String(r[o.label]) : tr.region(code) };
	});
	const known = tiles.filter((t) => t.value !== null);
	const missing = tiles.filter((t) => t.value === null);
	const vals = known.map((t) => t.value!);
	const lo = Math.min(...vals);
	const hi = Math.max(...vals);
	const ext = Math.max(Math.abs(lo), Math.abs(hi));
	// Classed colours with explicit thresholds, so that the text colour on each tile is chosen
	// for the class it is actually drawn in: dark classes take white text, light classes near
	// black — each pair above 4.5:1 (WCAG AA), checked in the browser tests.
	const classes = o.diverging ? DIVERGING : SEQUENTIAL;
	const [from, to] = o.diverging ? [-ext, ext] : [lo, hi];
	const n = classes.length;
	const thresholds =
		to > from
			? Array.from({ length: n - 1 }, (_, k) => from + ((to - from) * (k + 1)) / n)
			: [from];
	const classOf = (v: number) => thresholds.filter((t) => v >= t).length;
	const textFill = (t: { value: number | null }) =>
		t.value !== null && classes[Math.min(classOf(t.value), n - 1)].dark ? 'white' : '#111';
	return {
		width: 640,
		height: 400,
		padding: 0.06,
		x: { axis: null, domain: [0, 1, 2, 3, 4, 5] },
		y: { axis: null, domain: [0, 1, 2, 3] },
		color: {
			type: 'threshold',
			domain: thresholds,
			range: classes.slice(0, thresholds.length + 1).map((c) => c.color),
			legend: true,
			label: o.legend,
			tickFormat: (v: number) => tr.num(v, 1)
		},
		marks: [
			Plot.cell(known, {
				x: 'col',
				y: 'row',
				fill: 'value',
				title: (t) => `${t.name}: ${tr.num(t.value, 1)}`
			}),
			Plot.cell(missing, {
				x: 'col',
				y: 'row',
				fill: '#eee',
				stroke: '#999',
				strokeDasharray: '4,3'
			}),
			Plot.text(tiles, {
				x: 'col',
				y: 'row',
				text: (t) => TILE_ABBR[t.code],
				dy: -10,
				fontWeight: 'bold',
				fontSize: 12,
				fill: textFill
			}),
			Plot.text(tiles, {
				x: 'col',
				y: 'row',
				text: (t) => (t.value === null ? tr.t('label.nodata') : tr.num(t.value, 1)),
				dy: 8,
				fontSize: 11,
				fill: textFill
			})
		]
	};
}
