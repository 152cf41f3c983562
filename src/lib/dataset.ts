/**
 * The shapes that the server, the charts and the components share — a dataset (the table
 * behind every chart and export), its chart spec, its source line, what a page receives for
 * it, and the options of a filter bar. Types only: importing this module pulls no server
 * code into the browser, so components and charts never import from `$lib/server`.
 */
import type { MapScale } from './charts/map-scale';

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
	/**
	 * Written exactly as stored, never rounded, in a general number format: raw form cells
	 * (figures as published) and the `<key>_full` copies that `precision=full` adds.
	 */
	asIs?: boolean;
	/**
	 * The key of a row field naming the language of this column's cell when it differs from
	 * the page's (article names in the form's official Russian on kk/en pages): the cell gets
	 * that `lang`, so screen readers read it right and the language check skips it.
	 */
	langKey?: string;
	/**
	 * The page's text for a stored code of this text column (a finding's rule id in words on
	 * /data): the DataTable shows `shownAs[value]`, the exports keep the code (cell-format.ts).
	 */
	shownAs?: Record<string, string>;
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
	/** Which regions a national figure sums, one entry per period summed (none: not a sum). */
	coverage?: Coverage[];
	/** Validation findings in the sections the figures are read from. */
	findings?: FindingMark[];
}

/**
 * A national figure that is a sum of regional workbooks (the republic's own is not imported):
 * how many regions it sums out of those that existed in the period, which are missing, and
 * the republic's figure as published for the same period, where there is one.
 */
export interface Coverage {
	/** The period summed, or a range of consecutive ones with the same coverage («2015–2017»). */
	period: string;
	/** Regions summed. */
	regions: number;
	/** Regions that existed at the end of the period (20 since June 2022). */
	of: number;
	/** ISO 3166-2:KZ codes of the regions without a workbook. */
	missing: string[];
	published: PublishedBeside[];
}

/** The republic's figure for an indicator and period as a source published it. */
export interface PublishedBeside {
	/** What it counts, in the page's language (e.g. «Всего правонарушений»). */
	label: string;
	value: number;
	url: string;
	/** published_figure id (e.g. kzpf-207). */
	id: string;
}

/** Findings of the validation stage in a section (sheet) that a panel's figures come from. */
export interface FindingMark {
	section: string;
	period: string;
	/** Regions (ISO codes) whose workbooks have them. */
	regions: string[];
	count: number;
	/** /data filtered to the section, period and (one) region. */
	href: string;
}

export type ChartSpec =
	| {
			kind: 'timeSeries';
			x: string;
			y: string;
			/** One line per value: points of different series are never joined. */
			series: string;
			yLabel: string;
			events: boolean;
			/** The colour (and legend) by this key instead of `series`: e.g. one colour per
			 * category while each source of it is its own line. */
			color?: string;
	  }
	| {
			kind: 'barRanking';
			label: string;
			value: string;
			xLabel: string;
			highlight?: string;
			/** `rows`: bars in the rows' own order (e.g. sentence terms by length), not by value. */
			order?: 'value' | 'rows';
	  }
	| { kind: 'groupedBars'; label: string; value: string; group: string; xLabel: string }
	| {
			kind: 'tileMap';
			code: string;
			label: string;
			value: string;
			legend: string;
			diverging?: boolean;
			/** The colour breaks shared with the choropleth of the same page (charts/map-scale.ts). */
			scale?: MapScale;
			/** Each tile links to its region's profile for this period. */
			link?: { period: string | null };
	  }
	| { kind: 'forecastFan'; yLabel: string }
	| {
			kind: 'choropleth';
			code: string;
			value: string;
			legend: string;
			geojson: unknown;
			scale?: MapScale;
			link?: { period: string | null };
			/** The outlines' attribution, drawn once inside the map (OSM requires it). */
			credit?: string;
	  };

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
	/** The coverage and findings sentences, in the page's language (see charts/caption.ts). */
	coverage: Coverage[];
	coverageLines: string[];
	findings: FindingMark[];
	svg: string | null;
	/** The same chart drawn for phones (charts/narrow.ts), shown instead of `svg` at ≤ 640 px. */
	svgNarrow: string | null;
	/** /api/v1/data/<id> — add .csv, .xlsx, .svg, .json and `query`. */
	exportBase: string;
	query: string;
}

/** One choice of a filter bar. */
export interface Option {
	value: string;
	label: string;
	/** The whole name when `label` is abridged (a chapter's short name): the option's tooltip. */
	title?: string;
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
