/**
 * Region boundaries from ../shared/data/geo/kz-regions-osm.geojson (© OpenStreetMap
 * contributors): every one of the 20 features is resolved to a distinct current region
 * from its names, and every exterior ring is wound clockwise as d3-geo needs (otherwise a
 * region is drawn as the whole globe — the bug this guards against).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadBoundaries, OSM_ATTRIBUTION } from '../../src/lib/server/geo';
import { CURRENT_REGIONS } from '../../src/lib/domain/regions';

const GEOJSON = resolve(import.meta.dirname, '../../../shared/data/geo/kz-regions-osm.geojson');

type Ring = [number, number][];
const area = (r: Ring) => {
	let a = 0;
	for (let i = 0; i < r.length - 1; i++) a += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
	return a / 2;
};

describe('loadBoundaries', () => {
	it('resolves the 20 regions and winds their rings for d3-geo', () => {
		if (!existsSync(GEOJSON)) throw new Error(`this test needs ${GEOJSON} from ../shared/data`);
		process.env.SARAPSHY_GEOJSON = GEOJSON;
		const b = loadBoundaries()!;
		expect(b.attribution).toBe(OSM_ATTRIBUTION);
		const fc = b.geojson as {
			features: {
				properties: { code: string };
				geometry: { type: string; coordinates: unknown };
			}[];
		};
		const codes = fc.features.map((f) => f.properties.code).sort();
		expect(codes).toEqual(CURRENT_REGIONS.map((r) => r.code).sort());
		for (const f of fc.features) {
			const polys = (
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
			) as Ring[][];
			for (const poly of polys) expect(area(poly[0]), f.properties.code).toBeLessThan(0);
		}
	});

	it('is off when SARAPSHY_GEOJSON is not set, and says so when the file is missing', () => {
		delete process.env.SARAPSHY_GEOJSON;
		expect(loadBoundaries()).toBeNull();
		process.env.SARAPSHY_GEOJSON = '/nonexistent/x.geojson';
		expect(() => loadBoundaries()).toThrow(
			/SARAPSHY_GEOJSON=\/nonexistent\/x.geojson: file not found/
		);
		delete process.env.SARAPSHY_GEOJSON;
	});
});
