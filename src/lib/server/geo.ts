/**
 * Region boundaries for the choropleth, read once from the GeoJSON named by SARAPSHY_GEOJSON
 * (e.g. ../shared/data/geo/kz-regions-osm.geojson, © OpenStreetMap contributors, ODbL).
 * Each feature's region is resolved from its names (ru, local, en) into `properties.code`;
 * coordinates are rounded and thinned so that the SVG stays small. Null when not configured.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolveRegion } from '../domain/regions';

type Ring = [number, number][];
interface Feature {
	type: 'Feature';
	properties: Record<string, unknown>;
	geometry:
		{ type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

let cached: { path: string; geojson: { type: 'FeatureCollection'; features: Feature[] } } | null =
	null;

function thin(ring: Ring, step: number): Ring {
	const out: Ring = [];
	for (const [x, y] of ring) {
		const p: [number, number] = [Math.round(x / step) * step, Math.round(y / step) * step];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	if (out.length < 4) return ring;
	return out;
}

/** Twice the signed area of a ring in the lon/lat plane (> 0: counter-clockwise). */
function signedArea(ring: Ring): number {
	let a = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
	}
	return a;
}

/**
 * d3-geo (and so Plot) reads polygons on the sphere: an exterior ring must run clockwise,
 * or the polygon is taken as the whole globe minus the region. GeoJSON (RFC 7946) asks for
 * the opposite; OSM exports vary. Rewind every polygon: exterior clockwise, holes not.
 */
function rewind(poly: Ring[]): Ring[] {
	return poly.map((ring, i) => {
		const ccw = signedArea(ring) > 0;
		const wantCcw = i > 0;
		return ccw === wantCcw ? ring : [...ring].reverse();
	});
}

export function loadBoundaries(): { geojson: unknown; attribution: string } | null {
	const path = process.env.SARAPSHY_GEOJSON;
	if (!path) return null;
	if (!existsSync(path)) {
		throw new Error(
			`SARAPSHY_GEOJSON=${path}: file not found; unset it or point it at a boundaries GeoJSON`
		);
	}
	if (!cached || cached.path !== path) {
		const gj = JSON.parse(readFileSync(path, 'utf8')) as { features: Feature[] };
		const features = gj.features.map((f) => {
			const p = f.properties ?? {};
			const names = [p.name_ru, p.local_name, p.name, p['name:ru'], p['name:kk'], p['name:en']];
			const region = names
				.filter((n): n is string => typeof n === 'string')
				.map((n) => resolveRegion(n))
				.find((r) => r && r.kind !== 'country');
			const step = 0.02;
			const g = f.geometry;
			const geometry =
				g.type === 'Polygon'
					? { type: g.type, coordinates: rewind(g.coordinates.map((r) => thin(r, step))) }
					: {
							type: g.type,
							coordinates: g.coordinates.map((poly) => rewind(poly.map((r) => thin(r, step))))
						};
			return {
				type: 'Feature' as const,
				properties: { code: region?.code ?? null },
				geometry
			} as Feature;
		});
		cached = { path, geojson: { type: 'FeatureCollection', features } };
	}
	return { geojson: cached.geojson, attribution: OSM_ATTRIBUTION };
}
