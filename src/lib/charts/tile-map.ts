/**
 * The tile map of the 20 regions coloured by an indicator. Regions without a figure are
 * drawn dashed-grey and labelled «no data» — never coloured as zero. Colours are classed
 * (quantize): readable in print, and Plot draws the legend without a canvas on the server.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from './types';
import type { Translator } from '../i18n';
import { TILE_ABBR, TILE_LAYOUT } from './tile-layout';

export interface TileMapOptions {
	code: string;
	label: string;
	value: string;
	legend: string;
	diverging?: boolean;
}

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
	// Classed colours: the two darkest of five classes need white text (contrast).
	const dark = (v: number) => (hi > lo ? (v - lo) / (hi - lo) >= 0.6 : false);
	const ext = Math.max(Math.abs(lo), Math.abs(hi));
	return {
		width: 640,
		height: 400,
		padding: 0.06,
		x: { axis: null, domain: [0, 1, 2, 3, 4, 5] },
		y: { axis: null, domain: [0, 1, 2, 3] },
		color: o.diverging
			? {
					type: 'quantize',
					n: 6,
					scheme: 'rdbu',
					reverse: true,
					domain: [-ext, ext],
					legend: true,
					label: o.legend,
					tickFormat: (v: number) => tr.num(v, 1)
				}
			: {
					type: 'quantize',
					n: 5,
					scheme: 'blues',
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
				fill: (t) => (t.value !== null && !o.diverging && dark(t.value) ? 'white' : '#111')
			}),
			Plot.text(tiles, {
				x: 'col',
				y: 'row',
				text: (t) => (t.value === null ? tr.t('label.nodata') : tr.num(t.value, 1)),
				dy: 8,
				fontSize: 11,
				fill: (t) => (t.value !== null && !o.diverging && dark(t.value) ? 'white' : '#111')
			})
		]
	};
}
