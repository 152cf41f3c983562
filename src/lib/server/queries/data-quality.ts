/**
 * What the warehouse holds and what the validation stage found: sources (file, hash, title,
 * period), coverage region × period × form, and every finding. Facts, never corrections.
 */
import { cachedQuery } from '../db';

export interface SourceRow {
	sha256: string;
	name: string;
	form: string;
	region: string | null;
	period: string | null;
	title: string | null;
	importedAt: string;
	cells: number;
	synthetic: boolean;
	/** imported (current) or replaced (kept as import history: it holds no figures any more). */
	status: string;
	/** For a replaced file: the sha256 of the file that replaced it. */
	replacedBy: string | null;
}

export async function sources(): Promise<SourceRow[]> {
	return cachedQuery<SourceRow>(
		`SELECT sha256, original_name AS name, form, region_code AS region, period, title,
		        strftime(imported_at, '%Y-%m-%d %H:%M') AS "importedAt", cells::DOUBLE AS cells,
		        synthetic, status, replaced_by AS "replacedBy"
		 FROM source_file
		 ORDER BY form, period, region_code, status = 'replaced', imported_at, original_name`
	);
}

export interface CoverageRow {
	region: string;
	period: string;
	form: string;
	/** imported (a real file), synthetic (demo only) or missing — never silently zero. */
	status: string;
	file: string | null;
	findings: number;
}

/** The warehouse's coverage grid (view v_coverage): every form × region × period with real imports. */
export async function coverage(): Promise<CoverageRow[]> {
	return cachedQuery<CoverageRow>(
		`SELECT region_code AS region, period, form, status, original_name AS file,
		        findings::INTEGER AS findings
		 FROM v_coverage ORDER BY form, period, region_code`
	);
}

export interface FindingRow {
	rule: string;
	severity: string;
	form: string | null;
	region: string | null;
	period: string | null;
	section: string | null;
	rowCode: string | null;
	grafa: string | null;
	expected: number | null;
	found: number | null;
	message: string;
	/** `finding.params` as JSON text (finding-params.ts); null where the warehouse has none. */
	params: string | null;
}

/**
 * Does the warehouse's `finding` table have `params`? A warehouse written before it existed
 * opens read-only here (the web tier never migrates): its findings are read without.
 */
async function hasParams(): Promise<boolean> {
	const [r] = await cachedQuery<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM information_schema.columns
		 WHERE table_schema = 'main' AND table_name = 'v_findings' AND column_name = 'params'`
	);
	return r.n > 0;
}

/** Every finding, or those of one region, section (sheet) and period: /data links here from a figure. */
export async function findings(
	limit = 5000,
	where: { region?: string | null; section?: string | null; period?: string | null } = {}
): Promise<FindingRow[]> {
	const params = (await hasParams()) ? 'params::TEXT' : 'NULL::TEXT';
	return cachedQuery<FindingRow>(
		`SELECT rule, severity, form, region_code AS region, period, section, row_code AS "rowCode",
		        grafa, expected, found, message, ${params} AS params
		 FROM v_findings
		 WHERE ($2::TEXT IS NULL OR region_code = $2) AND ($3::TEXT IS NULL OR section = $3)
		   AND ($4::TEXT IS NULL OR period = $4)
		 ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, form, region_code, period, rule
		 LIMIT $1`,
		[limit, where.region ?? null, where.section ?? null, where.period ?? null]
	);
}

export interface FindingCount {
	region: string;
	period: string;
	section: string;
	n: number;
}

/** How many findings each Form 1-M workbook has per section, for marking figures. */
export async function findingCounts(): Promise<FindingCount[]> {
	return cachedQuery<FindingCount>(
		`SELECT region_code AS region, period, section, count(*)::INTEGER AS n
		 FROM v_findings
		 WHERE form = '1-M' AND region_code IS NOT NULL AND period IS NOT NULL AND section IS NOT NULL
		 GROUP BY ALL ORDER BY period, section, region_code`
	);
}

/**
 * How many findings the workbooks of one region have, all forms and periods together: a
 * region profile says so even when no figure it shows comes from the sections concerned
 * (Shymkent 2022: all 7 are in PRIL11, which no panel reads).
 */
export async function regionFindingTotal(region: string): Promise<number> {
	const rows = await cachedQuery<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM v_findings WHERE region_code = $1`,
		[region]
	);
	return rows[0]?.n ?? 0;
}
