/**
 * The regions map drawn from outlines projected once (src/lib/server/export/projected-map.ts)
 * is the same picture, byte for byte, as the map Plot projects itself — on the real OSM
 * boundaries of ../shared/data/geo (© OpenStreetMap contributors) and in every language. The
 * figures are invented for the test; the picture's geometry is what is compared.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadBoundaries } from '../../src/lib/server/geo';
import { renderChartSvg } from '../../src/lib/server/export/svg';
import { planarChoropleth } from '../../src/lib/server/export/projected-map';
import { choroplethOptions } from '../../src/lib/charts/choropleth';
import { narrowOptions } from '../../src/lib/charts/narrow';
import { translator } from '../../src/lib/i18n';
import { CURRENT_REGIONS } from '../../src/lib/domain/regions';
import type { Dataset } from '../../src/lib/dataset';
import { chartDataset } from '../charts/chart-fixtures';

const GEOJSON = resolve(import.meta.dirname, '../../../shared/data/geo/kz-regions-osm.geojson');

function boundaries(): unknown {
	if (!existsSync(GEOJSON)) throw new Error(`this test needs ${GEOJSON} from ../shared/data`);
	process.env.SARAPSHY_GEOJSON = GEOJSON;
	return loadBoundaries()!.geojson;
}

function map(geojson: unknown, rows: Dataset['rows']): Dataset {
	return chartDataset(
		'map',
		{ kind: 'choropleth', code: 'region', value: 'rate', legend: 'rate', geojson },
		rows,
		{ id: 'regions-geo' }
	);
}

describe('projected map', () => {
	it('draws later maps from the recorded outlines, identical to projecting again', () => {
		const geojson = boundaries();
		const codes = CURRENT_REGIONS.map((r) => r.code);
		// invented figures; three regions without one (grey, hatched)
		const first = codes.slice(3).map((region, i) => ({ region, rate: 10 + i }));
		const second = codes.slice(0, 15).map((region, i) => ({ region, rate: 100 - 3 * i }));
		for (const lang of ['ru', 'kk', 'en'] as const) {
			const tr = translator(lang);
			const chart = map(geojson, first).chart as Extract<Dataset['chart'], { kind: 'choropleth' }>;
			renderChartSvg(map(geojson, first), tr); // records the outlines (or they are already)
			expect(planarChoropleth(chart, choroplethOptions(first, chart, tr))).not.toBeNull();
			const fromRecorded = renderChartSvg(map(geojson, second), tr)!;
			// the same boundaries as new objects: not recorded, so Plot projects them itself
			const projected = renderChartSvg(map(structuredClone(geojson), second), tr)!;
			expect(fromRecorded.length).toBeGreaterThan(50_000); // 20 regions' outlines
			expect(fromRecorded.match(/<path /g)?.length).toBeGreaterThanOrEqual(20);
			expect(fromRecorded).toBe(projected);
		}
	});

	it('draws the phone map from outlines recorded for its own frame, identical to projecting again', () => {
		const geojson = boundaries();
		const codes = CURRENT_REGIONS.map((r) => r.code);
		// invented figures, other than the test above's (each drawing is kept by its content)
		const first = codes.slice(2).map((region, i) => ({ region, rate: 20 + i }));
		const second = codes.slice(0, 12).map((region, i) => ({ region, rate: 90 - 2 * i }));
		for (const lang of ['ru', 'kk', 'en'] as const) {
			const tr = translator(lang);
			const chart = map(geojson, first).chart as Extract<Dataset['chart'], { kind: 'choropleth' }>;
			renderChartSvg(map(geojson, first), tr, 'narrow'); // records the phone frame's outlines
			const phone = narrowOptions(choroplethOptions(first, chart, tr), 'choropleth');
			expect(planarChoropleth(chart, phone)).not.toBeNull();
			const fromRecorded = renderChartSvg(map(geojson, second), tr, 'narrow')!;
			const projected = renderChartSvg(map(structuredClone(geojson), second), tr, 'narrow')!;
			expect(fromRecorded).toMatch(/^<svg [^>]*width="340"/);
			expect(fromRecorded.match(/<path /g)?.length).toBeGreaterThanOrEqual(20);
			expect(fromRecorded).toBe(projected);
		}
	});

	it('is not used for other boundaries or another frame', () => {
		const geojson = boundaries();
		const tr = translator('ru');
		const rows = [{ region: 'KZ-11', rate: 1 }];
		const chart = map(geojson, rows).chart as Extract<Dataset['chart'], { kind: 'choropleth' }>;
		renderChartSvg(map(geojson, rows), tr);
		const options = choroplethOptions(rows, chart, tr);
		expect(planarChoropleth(chart, options)).not.toBeNull();
		expect(planarChoropleth(chart, { ...options, width: 640 })).toBeNull();
		expect(planarChoropleth({ ...chart, geojson: structuredClone(geojson) }, options)).toBeNull();
	});
});
