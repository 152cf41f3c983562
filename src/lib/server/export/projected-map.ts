/**
 * The regions map drawn from outlines projected once. Plot projects every boundary point of a
 * choropleth through d3-geo on every render (mercator fitted to the features, resampled, clipped
 * to the frame): the costliest part of the /regions page. The boundaries and the frame never
 * change while the server runs, so the first render of a map records what Plot's own
 * projection streams out for each feature (captured from that render), and every later map of
 * the same boundaries and size is drawn from those planar outlines through a pass-through
 * projection: the same path strings, byte for byte (test/server/projected-map.test.ts), at a
 * fraction of the cost.
 */
import type * as Plot from '@observablehq/plot';
import type { ChartSpec } from '../../dataset';

/** d3-geo's stream interface (what a projection reads and writes). */
interface GeoStream {
	point(x: number, y: number): void;
	lineStart(): void;
	lineEnd(): void;
	polygonStart(): void;
	polygonEnd(): void;
	sphere?(): void;
}
type Ring = number[][];

type Choropleth = Extract<ChartSpec, { kind: 'choropleth' }>;
interface Feature {
	type: 'Feature';
	properties: Record<string, unknown>;
	geometry: object;
}
type Planar = { type: 'MultiPolygon'; coordinates: number[][][][] };
interface Recorded {
	/** The geometry objects the outlines were projected from, in order (a new file: new objects). */
	from: object[];
	planar: Planar[];
}

/** Per boundaries collection (its first geometry) and frame: the projected outlines. */
const recorded = new WeakMap<object, Map<string, Recorded>>();
const PASS_THROUGH = { stream: (s: GeoStream) => s };

const featuresOf = (spec: Choropleth) => (spec.geojson as { features: Feature[] }).features;
const frameKey = (o: Plot.PlotOptions) =>
	`${o.width}x${o.height}|${(o.projection as { type?: string } | undefined)?.type}`;

/**
 * A Polygon or MultiPolygon into a stream, as d3-geo's geoStream does (each ring without its
 * closing point); the boundaries (server/geo.ts) hold nothing else.
 */
function streamGeometry(geometry: object, stream: GeoStream): void {
	const g = geometry as { type: string; coordinates: unknown };
	const polygons =
		g.type === 'Polygon'
			? [g.coordinates as Ring[]]
			: g.type === 'MultiPolygon'
				? (g.coordinates as Ring[][])
				: null;
	if (!polygons) throw new Error(`projected-map: a ${g.type} in the boundaries`);
	for (const polygon of polygons) {
		stream.polygonStart();
		for (const ring of polygon) {
			stream.lineStart();
			for (let i = 0; i < ring.length - 1; i++) stream.point(ring[i][0], ring[i][1]);
			stream.lineEnd();
		}
		stream.polygonEnd();
	}
}

function lookup(spec: Choropleth, options: Plot.PlotOptions): Recorded | undefined {
	const features = featuresOf(spec);
	if (!features.length) return undefined;
	const hit = recorded.get(features[0].geometry)?.get(frameKey(options));
	if (!hit || hit.from.length !== features.length) return undefined;
	return hit.from.every((g, i) => g === features[i].geometry) ? hit : undefined;
}

/**
 * The spec with planar outlines and the projection that passes them through, when this map's
 * boundaries and frame were recorded; else null (render as usual, with `recorder`).
 */
export function planarChoropleth(
	spec: Choropleth,
	options: Plot.PlotOptions
): { spec: Choropleth; projection: unknown } | null {
	const hit = lookup(spec, options);
	if (!hit) return null;
	const features = featuresOf(spec).map((f, i) => ({ ...f, geometry: hit.planar[i] }));
	return {
		spec: { ...spec, geojson: { type: 'FeatureCollection', features } },
		projection: PASS_THROUGH
	};
}

/** Records one feature's projected outline: the polygons and rings the projection emits. */
function project(stream: (sink: GeoStream) => GeoStream, geometry: object): Planar {
	const polygons: number[][][][] = [];
	let polygon: number[][][] | null = null;
	let ring: number[][] | null = null;
	const sink: GeoStream = {
		polygonStart: () => void (polygon = []),
		polygonEnd: () => {
			if (polygon?.length) polygons.push(polygon);
			polygon = null;
		},
		lineStart: () => void (ring = []),
		lineEnd: () => {
			// a closed ring repeats its first point (geoStream leaves it out again)
			if (!polygon || !ring) throw new Error('projected-map: a line outside a polygon');
			if (ring.length) polygon.push([...ring, ring[0]]);
			ring = null;
		},
		point: (x, y) => void ring?.push([x, y]),
		sphere: () => {
			throw new Error('projected-map: a sphere in the boundaries');
		}
	};
	streamGeometry(geometry, stream(sink));
	return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * A mark that draws nothing and records, from the projection Plot built for this render, the
 * planar outline of every feature of the spec. Add it to the marks of an ordinary render.
 */
export function recorder(spec: Choropleth, options: Plot.PlotOptions): Plot.RenderFunction {
	return (_index, _scales, _values, _dimensions, context) => {
		const projection = (context as { projection?: { stream(s: GeoStream): GeoStream } }).projection;
		const features = featuresOf(spec);
		if (!projection || !features.length) return null;
		const stream = (s: GeoStream) => projection.stream(s);
		const rec: Recorded = {
			from: features.map((f) => f.geometry),
			planar: features.map((f) => project(stream, f.geometry))
		};
		let byFrame = recorded.get(features[0].geometry);
		if (!byFrame) recorded.set(features[0].geometry, (byFrame = new Map()));
		byFrame.set(frameKey(options), rec);
		return null;
	};
}
