/**
 * The shapes that the server, the charts and the components share — a dataset (the table
 * behind every chart and export), its chart spec, its source line, what a page receives for
 * it, and the options of a filter bar. Types only: importing this module pulls no server
 * code into the browser, so components and charts never import from `$lib/server`.
 */

/** What a figure rests on: the source line every chart, table and export carries. */
export interface SourceInfo {
	forms: string[];
	regions: string;
	period: string;
	/** Short hash over the source files involved. */
	hash: string;
	/** Date generated (ISO). */
	generated: string;
	/** Synthetic demo data is among the sources (a visible mark is then shown). */
	synthetic: boolean;
}

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

/**
 * What a page's load function returns for each dataset: plain serialisable data — the
 * table, the server-rendered SVG, the formatted source line and the export URLs — so that
 * every chart and table is in the HTML without JavaScript.
 */
export interface ShownDataset {
	id: string;
	title: string;
	columns: Column[];
	rows: Row[];
	source: SourceInfo;
	sourceLine: string;
	note: string | null;
	svg: string | null;
	/** /api/v1/data/<id> — add .csv, .xlsx, .svg, .json and `query`. */
	exportBase: string;
	query: string;
}

/** One choice of a filter bar. */
export interface Option {
	value: string;
	label: string;
}

/** The options a filter bar offers, with labels in the page's language. */
export interface FilterOptions {
	periods: Option[];
	regions: Option[];
	indicators: Option[];
	groups: Option[];
	/** Forecastable series: all, crimes, misdemeanours, chapters 1–18. */
	series: Option[];
	horizons: Option[];
	methods: Option[];
	period: string | null;
}
