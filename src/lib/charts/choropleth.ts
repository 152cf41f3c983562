/**
 * A geographic choropleth from a boundaries GeoJSON (configured with SARAPSHY_GEOJSON). The
 * feature's region code is resolved by the server from its names; regions without a figure are
 * grey and hatched. The attribution line is added by the caller (OSM requires it).
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../dataset';
import type { Translator } from '../i18n';

export interface ChoroplethOptions {
	code: string;
	value: string;
	legend: string;
	geojson: unknown;
	/**
	 * The server draws later maps from outlines it projected once (server/export/projected-map.ts)
	 * and passes them with a projection that leaves them as they are; unset: mercator fitted to
	 * the features.
	 */
	projection?: unknown;
}

interface Feature {
	type: 'Feature';
	properties: Record<string, unknown>;
	geometry: unknown;
}

/** The server (src/lib/server/geo.ts) resolves each feature's region into `properties.code`. */
export function featureCode(f: Feature): string | null {
	const code = f.properties?.code;
	return typeof code === 'string' ? code : null;
}

export function choroplethOptions(
	rows: Row[],
	o: ChoroplethOptions,
	tr: Translator
): Plot.PlotOptions {
	const gj = o.geojson as { features: Feature[] };
	const values = new Map(rows.map((r) => [String(r[o.code]), r[o.value]]));
	const features = gj.features.map((f) => {
		const code = featureCode(f);
		const v = code ? values.get(code) : undefined;
		return { ...f, properties: { ...f.properties, code, value: typeof v === 'number' ? v : null } };
	});
	const known = features.filter((f) => f.properties.value !== null);
	const missing = features.filter((f) => f.properties.value === null);
	return {
		width: 720,
		height: 400,
		projection: (o.projection as never) ?? {
			type: 'mercator',
			domain: { type: 'FeatureCollection', features } as never
		},
		color: {
			type: 'quantize',
			n: 5,
			scheme: 'blues',
			legend: true,
			label: o.legend,
			tickFormat: (v: number) => tr.num(v, 1)
		},
		marks: [
			Plot.geo(known, {
				fill: (f: { properties: { value: number } }) => f.properties.value,
				stroke: 'white',
				title: (f: { properties: { code: string; value: number } }) =>
					`${tr.region(f.properties.code)}: ${tr.num(f.properties.value, 1)}`
			}),
			Plot.geo(missing, { fill: '#eee', stroke: '#999', strokeDasharray: '3,2' })
		]
	};
}
