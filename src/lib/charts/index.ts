/**
 * The public face of the charts: the spec types, one options builder per chart kind, and
 * `chartOptions` that dispatches a spec to its builder. Pure: the same call serves the
 * server renderer (src/lib/server/export/svg.ts) and, if wanted, the browser.
 */
import type * as Plot from '@observablehq/plot';
import type { Translator } from '../i18n';
import type { ChartSpec, Row } from '../dataset';
import { timeSeriesOptions } from './time-series';
import { barRankingOptions } from './bar-ranking';
import { groupedBarsOptions } from './grouped-bars';
import { tileMapOptions } from './tile-map';
import { choroplethOptions } from './choropleth';
import { forecastFanOptions } from './forecast-fan';

export { SERIES_EVENTS } from './events';
export { TILE_LAYOUT } from './tile-layout';
export { formatSourceLine } from './source-line';
export { captionLines, formatCoverage, formatFindingMark } from './caption';

export function chartOptions(spec: ChartSpec, rows: Row[], tr: Translator): Plot.PlotOptions {
	switch (spec.kind) {
		case 'timeSeries':
			return timeSeriesOptions(rows, spec, tr);
		case 'barRanking':
			return barRankingOptions(rows, spec, tr);
		case 'groupedBars':
			return groupedBarsOptions(rows, spec, tr);
		case 'tileMap':
			return tileMapOptions(rows, spec, tr);
		case 'forecastFan':
			return forecastFanOptions(rows, spec, tr);
		case 'choropleth':
			return choroplethOptions(rows, spec, tr);
	}
}
