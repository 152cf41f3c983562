/**
 * Consistency checks on published figures: facts about the sources, never corrections. A
 * source that states a multi-year total next to its own yearly figures must add up; when it
 * does not (the founding paper's 4,947 acquitted vs 4,907 by its own years) the product says so.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PublishedFigure } from './schema.ts';
import type { PublishedParams } from '../../../src/lib/domain/finding-params.ts';
import { renderFinding } from '../../../src/lib/i18n/finding-text.ts';

export const RULE_TOTAL_NEQ_SUM = 'published.total≠sum';

export interface PublishedFinding {
	rule: string;
	severity: 'error' | 'warning' | 'info';
	indicator: string;
	regionCode: string | null;
	periodStart: string;
	periodEnd: string;
	expected: number;
	found: number;
	/** The English sentence: the `en` rendering of the finding ($lib/i18n/finding-text.ts). */
	message: string;
	/** ids of the total row and the yearly rows it was compared with. */
	ids: string[];
	/** The `finding.params` of the rule (the source, indicator, years and ids). */
	params: PublishedParams;
}

const isWholeYear = (f: PublishedFigure) =>
	!!f.period_start &&
	!!f.period_end &&
	f.period_start.endsWith('-01-01') &&
	f.period_end.endsWith('-12-31') &&
	f.period_start.slice(0, 4) === f.period_end.slice(0, 4);

/**
 * For every multi-year row, look for whole-year rows of the same indicator, region and source
 * that tile its period exactly (one per year); report when their sum differs from the total.
 */
export function checkPublishedFigures(figures: PublishedFigure[]): PublishedFinding[] {
	const findings: PublishedFinding[] = [];
	for (const total of figures) {
		if (!total.period_start || !total.period_end) continue;
		const from = Number(total.period_start.slice(0, 4));
		const to = Number(total.period_end.slice(0, 4));
		if (
			to <= from ||
			!total.period_start.endsWith('-01-01') ||
			!total.period_end.endsWith('-12-31')
		)
			continue;
		const yearly = new Map<number, PublishedFigure>();
		for (const f of figures) {
			if (
				f === total ||
				f.indicator !== total.indicator ||
				f.region_code !== total.region_code ||
				f.source_url !== total.source_url ||
				!isWholeYear(f)
			)
				continue;
			const y = Number(f.period_start!.slice(0, 4));
			if (y >= from && y <= to && !yearly.has(y)) yearly.set(y, f);
		}
		if (yearly.size !== to - from + 1) continue;
		const parts = [...yearly.values()];
		const sum = parts.reduce((s, f) => s + f.value, 0);
		if (Math.abs(sum - total.value) < 1e-9) continue;
		const params: PublishedParams = {
			source: total.source_url,
			indicator: total.indicator,
			from,
			to,
			ids: [total.id, ...parts.map((p) => p.id)]
		};
		findings.push({
			rule: RULE_TOTAL_NEQ_SUM,
			severity: 'warning',
			indicator: total.indicator,
			regionCode: total.region_code,
			periodStart: total.period_start,
			periodEnd: total.period_end,
			expected: sum,
			found: total.value,
			message: englishMessage(params, sum, total.value),
			ids: params.ids,
			params
		});
	}
	return findings;
}

/** The stored sentence: the renderer's English, so the CLI and the pages say one wording. */
function englishMessage(params: PublishedParams, expected: number, found: number): string {
	const text = renderFinding(
		{ rule: RULE_TOTAL_NEQ_SUM, expected, found, params, message: '' },
		'en'
	);
	if (text === null)
		throw new Error(
			`published check: the finding does not render (indicator ${params.indicator} has no words in features/findings.ts)`
		);
	return text;
}

/**
 * Run the checks on every published figure in the warehouse and keep their findings current:
 * the previous findings of these rules go, each new one points at the file of the total it
 * questions. Every import path runs this (etl import of a published CSV, build-default), so
 * both give the same findings. Returns how many findings point at `sha256`.
 */
export async function recheckPublishedFigures(
	conn: DuckDBConnection,
	sha256: string | null = null
): Promise<number> {
	const r = await conn.runAndReadAll(
		`SELECT id, indicator, region_code, region_label, strftime(period_start, '%Y-%m-%d') AS period_start,
		        strftime(period_end, '%Y-%m-%d') AS period_end, value, unit, source_url, source_date,
		        source_quote, notes, source_sha256
		 FROM published_figure ORDER BY source_sha256, id`
	);
	const rows = r.getRowObjectsJS() as unknown as (PublishedFigure & { source_sha256: string })[];
	const shaOf = new Map(rows.map((f) => [f.id, f.source_sha256]));
	const findings = checkPublishedFigures(rows);
	await conn.run(`DELETE FROM finding WHERE form = 'published' AND rule = $1`, [
		RULE_TOTAL_NEQ_SUM
	]);
	for (const f of findings) await insertPublishedFindings(conn, [f], shaOf.get(f.ids[0]) ?? null);
	return findings.filter((f) => shaOf.get(f.ids[0]) === sha256).length;
}

/** Insert findings into the warehouse's `finding` table (form 'published'). */
export async function insertPublishedFindings(
	conn: DuckDBConnection,
	findings: PublishedFinding[],
	sha256: string | null
): Promise<void> {
	const stmt = await conn.prepare(
		`INSERT INTO finding (rule, severity, form, region_code, period, section, row_code, grafa,
		                      expected, found, message, source_sha256, params)
		 VALUES ($1, $2, 'published', $3, $4, NULL, NULL, NULL, $5, $6, $7, $8, $9)`
	);
	for (const f of findings) {
		stmt.bind([
			f.rule,
			f.severity,
			f.regionCode,
			`${f.periodStart}/${f.periodEnd}`,
			f.expected,
			f.found,
			f.message,
			sha256,
			JSON.stringify(f.params)
		]);
		await stmt.run();
	}
}
