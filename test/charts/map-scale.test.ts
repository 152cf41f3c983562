/**
 * The one colour scale of the maps (src/lib/charts/map-scale.ts): round breaks computed from
 * the displayed values, and the tile map and the choropleth drawing the same value in the same
 * colour when given the same scale. Values are invented; the breaks are worked out by hand in
 * the comments.
 */
import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { classOf, fillOf, mapScale, profileHref } from '../../src/lib/charts/map-scale';
import { tileMapOptions } from '../../src/lib/charts/tile-map';
import { choroplethOptions } from '../../src/lib/charts/choropleth';
import { translator } from '../../src/lib/i18n';
import { narrowOptions } from '../../src/lib/charts/narrow';
import { squareRegions } from './chart-fixtures';

const ru = translator('ru');

/** Each region's fill and <title> in a rendered map: `<a href><rect|path fill><title>`. */
function fills(options: Plot.PlotOptions): Map<string, { fill: string | null; title: string }> {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const el = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
	const out = new Map<string, { fill: string | null; title: string }>();
	for (const a of el.querySelectorAll('a')) {
		const shape = a.querySelector('rect, path')!;
		const code = /\/regions\/(KZ-\d+)\?/.exec(a.getAttribute('href')!)![1];
		out.set(code, {
			fill: shape.getAttribute('fill'),
			title: shape.querySelector('title')?.textContent ?? ''
		});
	}
	return out;
}

describe('map scale', () => {
	it('breaks a sequential range at round steps that cover it', () => {
		// 44 … 87: (87 − 44) ÷ 5 classes = 8.6 → the round step 10; from 40 (10 × ⌊44 ÷ 10⌋),
		// 40 + 5 × 10 = 90 ≥ 87: breaks 50, 60, 70, 80 (the old equal steps were 52.6, 61.2, …).
		const s = mapScale([44, 60, 87, null]);
		expect(s.thresholds).toEqual([50, 60, 70, 80]);
		expect(s.colors).toHaveLength(5);
		expect(classOf(s, 44)).toBe(0);
		expect(classOf(s, 60)).toBe(2);
		expect(classOf(s, 87)).toBe(4);
		// 0.31 … 0.35: (0.04 ÷ 5 = 0.008) → 0.01 from 0.31: 0.32, 0.33, 0.34, 0.35
		expect(mapScale([0.31, 0.35]).thresholds).toEqual([0.32, 0.33, 0.34, 0.35]);
		// 1 234 … 5 317: 816.6 → 1000 from 1000: 2000 … 5000
		expect(mapScale([1234, 5317]).thresholds).toEqual([2000, 3000, 4000, 5000]);
	});

	it('centres a change on 0 and leaves no data out of every class', () => {
		// largest |change| 14 → 14 ÷ 3 = 4.67 → step 5: −10, −5, 0, 5, 10 (six classes)
		const s = mapScale([-14, 3, 9, null], true);
		expect(s.thresholds).toEqual([-10, -5, 0, 5, 10]);
		expect(s.colors).toHaveLength(6);
		expect(fillOf(s, null)).toBe('#eee');
		expect(mapScale([null, undefined]).thresholds).toEqual([]);
		expect(mapScale([7, 7]).thresholds).toEqual([7]);
	});

	it('colours a region the same in the tile map and the choropleth given one scale', () => {
		const rows = [
			{ code: 'KZ-11', region: 'Акмолинская область', value: 44 },
			{ code: 'KZ-35', region: 'Карагандинская область', value: 65.6 },
			{ code: 'KZ-71', region: 'г. Астана', value: 87 },
			{ code: 'KZ-75', region: 'г. Алматы', value: null }
		];
		const scale = mapScale(rows.map((r) => r.value));
		const link = { period: '2022' };
		const geojson = squareRegions(rows.map((r, i) => [r.code, 60 + 2 * i, 48]));
		const tiles = fills(
			tileMapOptions(
				rows,
				{ code: 'code', label: 'region', value: 'value', legend: 'x', scale, link },
				ru
			)
		);
		const geo = fills(
			choroplethOptions(
				rows,
				{ code: 'code', value: 'value', legend: 'x', geojson, scale, link, credit: '© OSM' },
				ru
			)
		);
		for (const r of rows.filter((r) => r.value !== null)) {
			expect(tiles.get(r.code)!.fill, r.code).toBe(fillOf(scale, r.value));
			expect(geo.get(r.code)!.fill, r.code).toBe(tiles.get(r.code)!.fill);
			// the region's name on hover in both
			expect(tiles.get(r.code)!.title).toContain(r.region);
			expect(geo.get(r.code)!.title).toContain(r.region);
		}
		// 65.6 is in the class 60–70 (the third), 87 in the top one: two shades, not one
		expect(tiles.get('KZ-35')!.fill).toBe(scale.colors[2]);
		expect(tiles.get('KZ-71')!.fill).toBe(scale.colors[4]);
		// Almaty: no data, a link all the same, the fill of its (grey) group
		expect(tiles.get('KZ-75')!.title).toBe('г. Алматы (ALA): нет данных');
		expect(geo.get('KZ-75')!.title).toBe('г. Алматы: нет данных');
		// every tile of the 20 is a link, and every outline
		expect(tiles.size).toBe(20);
		expect(geo.size).toBe(4);
	});

	it('breaks «нет данных» into lines on the phone drawing, figures stay whole', () => {
		const rows = [{ code: 'KZ-11', region: 'Акмолинская область', value: 5317 }];
		const o = tileMapOptions(
			rows,
			{ code: 'code', label: 'region', value: 'value', legend: 'x' },
			ru
		);
		const draw = (options: Plot.PlotOptions) => {
			const { document } = parseHTML('<!doctype html><html><body></body></html>');
			return (Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element)
				.outerHTML;
		};
		const wide = draw(o);
		const narrow = draw(narrowOptions(o, 'tileMap'));
		// wide: one line per no-data tile (19 of 20); narrow: «нет» and «данных» on two lines
		expect(wide.match(/>нет данных</g)).toHaveLength(19);
		expect(narrow).not.toContain('>нет данных<');
		expect(narrow.match(/<tspan[^>]*>нет<\/tspan>/g)).toHaveLength(19);
		expect(narrow.match(/<tspan[^>]*>данных<\/tspan>/g)).toHaveLength(19);
		expect(narrow).toContain('>5&#160;317<');
	});

	it('links a region to its profile in the period and language of the page', () => {
		expect(profileHref('KZ-11', '2022', 'kk')).toBe('/regions/KZ-11?period=2022&lang=kk');
		expect(profileHref('KZ-11', null, 'en')).toBe('/regions/KZ-11?lang=en');
	});
});
