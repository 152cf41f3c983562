/**
 * The set-up the chart tests share (charts, labels, narrow, map-scale; projected-map in
 * test/server): a dataset around a chart spec with an invented source (form 1-M, hash
 * abcdef123456 — no real data is committed), the plain yearly time-series spec, and square
 * region outlines for the map tests.
 */
import type { Dataset, SourceInfo } from '../../src/lib/dataset';

/** The invented source every test chart cites; `period` and `synthetic` vary per test. */
export const TEST_SOURCE: SourceInfo = {
	forms: ['1-M'],
	regions: 'все',
	period: '2022',
	hash: 'abcdef123456',
	generated: '2026-01-01',
	synthetic: false
};

/** A dataset that draws `chart` from `rows` (no table columns: only the drawing is tested). */
export function chartDataset(
	title: string,
	chart: NonNullable<Dataset['chart']>,
	rows: Dataset['rows'],
	{
		id = 'x',
		synthetic = false,
		period = TEST_SOURCE.period,
		note
	}: { id?: string; synthetic?: boolean; period?: string; note?: string } = {}
): Dataset {
	return {
		id,
		title,
		columns: [],
		rows,
		chart,
		source: { ...TEST_SOURCE, period, synthetic },
		query: '',
		// The note (e.g. a map's attribution) is drawn under the source line.
		...(note === undefined ? {} : { note })
	};
}

/** A time series of `value` by `date`, one line a `series`, no events. */
export const TIME_SERIES = {
	kind: 'timeSeries',
	x: 'date',
	y: 'value',
	series: 'series',
	yLabel: 'n',
	events: false
} as const;

/** A 1° square outline from (x, y): clockwise rings, as d3-geo expects for spherical polygons. */
export function square(x: number, y: number) {
	return {
		type: 'Polygon',
		coordinates: [
			[
				[x, y],
				[x, y + 1],
				[x + 1, y + 1],
				[x + 1, y],
				[x, y]
			]
		]
	};
}

/** Regions as squares: a FeatureCollection with each code at its corner. */
export function squareRegions(corners: [code: string, x: number, y: number][]) {
	return {
		type: 'FeatureCollection',
		features: corners.map(([code, x, y]) => ({
			type: 'Feature',
			properties: { code },
			geometry: square(x, y)
		}))
	};
}
