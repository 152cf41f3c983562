/**
 * A geographic choropleth from a boundaries GeoJSON (configured with SARAPSHY_GEOJSON). The
 * feature's region code is resolved by the server from its names; regions without a figure are
 * grey and dashed, and a «no data» swatch says so in the corner. Colours are the page's one map
 * scale (map-scale.ts, the tile map's breaks). Every region names itself on hover (<title>)
 * and, with `link`, is a link to its profile. The outlines' attribution (`credit`, OSM requires
 * it) is drawn once, inside the map, so that the picture and its export carry it and the page
 * needs no other copy.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../dataset';
import type { Translator } from '../i18n';
import {
	mapScale,
	NO_DATA_FILL,
	NO_DATA_STROKE,
	chartProfileHref,
	type MapScale
} from './map-scale';

export interface ChoroplethOptions {
	code: string;
	value: string;
	legend: string;
	geojson: unknown;
	scale?: MapScale;
	link?: { period: string | null };
	credit?: string;
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
type Shown = Feature & { properties: { code: string | null; value: number | null } };

/** The server (src/lib/server/geo.ts) resolves each feature's region into `properties.code`. */
export function featureCode(f: Feature): string | null {
	const code = f.properties?.code;
	return typeof code === 'string' ? code : null;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The bottom margin the corner key is drawn in. */
const KEY_MARGIN = 22;

/**
 * The corner key: a «no data» swatch (when some region has none) bottom-left and the credit
 * bottom-right, in pixels of the frame (a render mark: no scale of its own).
 */
function cornerKey(noData: string | null, credit: string | null): Plot.RenderFunction {
	return (_index, _scales, _values, dimensions, context) => {
		const doc = context.document;
		const g = doc.createElementNS(SVG_NS, 'g');
		// in the bottom margin (KEY_MARGIN), clear of the outlines
		const y = dimensions.height - 7;
		const text = (x: number, anchor: string, s: string) => {
			const t = doc.createElementNS(SVG_NS, 'text');
			for (const [k, v] of Object.entries({
				x: String(x),
				y: String(y),
				'text-anchor': anchor,
				'font-size': '11',
				fill: '#333'
			}))
				t.setAttribute(k, v);
			t.textContent = s;
			g.appendChild(t);
		};
		if (noData) {
			const r = doc.createElementNS(SVG_NS, 'rect');
			for (const [k, v] of Object.entries({
				x: '4',
				y: String(y - 10),
				width: '14',
				height: '12',
				fill: NO_DATA_FILL,
				stroke: NO_DATA_STROKE,
				'stroke-dasharray': '3,2'
			}))
				r.setAttribute(k, v);
			g.appendChild(r);
			text(22, 'start', noData);
		}
		if (credit) text(dimensions.width - 4, 'end', credit);
		return g as unknown as SVGElement;
	};
}

export function choroplethOptions(
	rows: Row[],
	o: ChoroplethOptions,
	tr: Translator
): Plot.PlotOptions {
	const gj = o.geojson as { features: Feature[] };
	const values = new Map(rows.map((r) => [String(r[o.code]), r[o.value]]));
	const features: Shown[] = gj.features.map((f) => {
		const code = featureCode(f);
		const v = code ? values.get(code) : undefined;
		return { ...f, properties: { ...f.properties, code, value: typeof v === 'number' ? v : null } };
	});
	const known = features.filter((f) => f.properties.value !== null);
	const missing = features.filter((f) => f.properties.value === null);
	// The page's scale when given (the tile map's breaks), else one of these values.
	const scale = o.scale ?? mapScale([...values.values()] as (number | null)[]);
	const name = (f: Shown) => (f.properties.code ? tr.region(f.properties.code) : '');
	const title = (f: Shown) =>
		`${name(f)}: ${f.properties.value === null ? tr.t('label.nodata') : tr.num(f.properties.value, 1)}`;
	const href = o.link
		? (f: Shown) =>
				f.properties.code ? chartProfileHref(f.properties.code, o.link!.period, tr.lang) : null
		: undefined;
	return {
		width: 720,
		height: 400,
		marginBottom: KEY_MARGIN,
		projection: (o.projection as never) ?? {
			type: 'mercator',
			domain: { type: 'FeatureCollection', features } as never
		},
		color: {
			type: 'threshold',
			domain: scale.thresholds.length ? scale.thresholds : [0],
			range: scale.thresholds.length ? scale.colors : [NO_DATA_FILL, NO_DATA_FILL],
			legend: true,
			label: o.legend,
			tickFormat: (v: number) => tr.num(v, 1)
		},
		marks: [
			Plot.geo(known, {
				fill: (f: Shown) => f.properties.value,
				stroke: 'white',
				title,
				href
			}),
			Plot.geo(missing, {
				fill: NO_DATA_FILL,
				stroke: NO_DATA_STROKE,
				strokeDasharray: '3,2',
				title,
				href
			}),
			cornerKey(missing.length ? tr.t('label.nodata') : null, o.credit ?? null)
		]
	};
}
