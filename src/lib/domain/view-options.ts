/**
 * The vocabularies of the views' filters — offence groups (Form 1-M R1-1 rows 1–7), indicators,
 * forecastable series and horizons — in one pure module, so that the zod schemas
 * (server/params.ts), the SQL (server/queries) and the HTTP bench's request mix read the same
 * lists without loading the DuckDB connection.
 */

/** Form 1-M R1-1 row codes of the offence groups: all, by kind, by severity. */
export const SEVERITY_ROWS = {
	all: '1',
	misdemeanours: '2',
	crimes: '3',
	minor: '4',
	medium: '5',
	grave: '6',
	especially_grave: '7'
} as const;
export type OffenceGroup = keyof typeof SEVERITY_ROWS;
export const OFFENCE_GROUPS = Object.keys(SEVERITY_ROWS) as OffenceGroup[];

export const INDICATORS = [
	'rate',
	'count',
	'change',
	'grave_share',
	'recidivism',
	'juveniles',
	'damage_recovery',
	'clearance'
] as const;
export type Indicator = (typeof INDICATORS)[number];

/**
 * Forecastable series: all registered offences, crimes, misdemeanours (Form 1-M R1-1 rows 1–3)
 * or one Criminal Code chapter (`ch1` … `ch18`).
 */
export const FORECAST_SERIES = [
	'all',
	'crimes',
	'misdemeanours',
	...Array.from({ length: 18 }, (_, i) => `ch${i + 1}`)
] as const;
export const FORECAST_SERIES_RE = /^(all|crimes|misdemeanours|ch(1[0-8]|[1-9]))$/;
/** Annual horizons offered (years ahead). */
export const FORECAST_HORIZONS = [1, 2, 3, 4, 5] as const;
