/**
 * The contract every chart shares: a spec (rows in, kind, labels) that a chart module turns
 * into Observable Plot options. The same spec renders on the server (SVG in the HTML) and
 * could render in the browser; it also carries the table behind the chart and its source line.
 */
import type { SourceInfo } from '../server/queries/source-info';

export type { SourceInfo };

export type ColumnKind = 'text' | 'number' | 'pct' | 'signedPct';

export interface Column {
	key: string;
	label: string;
	kind: ColumnKind;
	digits?: number;
	/** A null here means «does not apply» (e.g. interval bounds of observed years): left empty. */
	blankIfNull?: boolean;
}

export type Row = Record<string, string | number | boolean | null>;

/** A table (with or without a chart): what the page shows and every export writes. */
export interface Dataset {
	id: string;
	title: string;
	columns: Column[];
	rows: Row[];
	source: SourceInfo;
	/** Query string that reproduces this dataset through /api/v1/data/<id>.<format>. */
	query: string;
	chart?: ChartSpec;
	/** Rows the chart draws when they differ from the table's (e.g. long form). */
	chartRows?: Row[];
	note?: string;
}

export type ChartSpec =
	| { kind: 'timeSeries'; x: string; y: string; series: string; yLabel: string; events: boolean }
	| { kind: 'barRanking'; label: string; value: string; xLabel: string; highlight?: string }
	| { kind: 'groupedBars'; label: string; value: string; group: string; xLabel: string }
	| {
			kind: 'tileMap';
			code: string;
			label: string;
			value: string;
			legend: string;
			diverging?: boolean;
	  }
	| { kind: 'forecastFan'; yLabel: string }
	| { kind: 'choropleth'; code: string; value: string; legend: string; geojson: unknown };
