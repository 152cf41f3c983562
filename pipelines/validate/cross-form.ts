/**
 * The cross-form check of domain.md: Form СНГ-1 R1 "Всего" графа 1 counts crimes only and must
 * equal Form 1-M R1-1 row 3 графа 1 for the same region and period. It runs whenever either
 * form is imported and both are present, so the order of imports does not matter.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { REAL_CELLS, rowsOf, withMessage, type Finding } from './findings.ts';
import { CROSS_FORM_RULE } from './rules.ts';

export interface Pair {
	sng: number;
	sng_cell: string;
	sng_sha: string;
	m1: number;
	m1_cell: string;
}

export async function checkCrossForm(
	conn: DuckDBConnection,
	regionCode: string,
	period: string
): Promise<Finding[]> {
	const pairs = await rowsOf<Pair>(
		conn,
		`WITH scope AS (SELECT * FROM ${REAL_CELLS} c WHERE c.region_code = $region AND c.period = $period),
		 sng AS (SELECT value, cell, source_sha256 FROM scope
		         WHERE form = 'СНГ-1' AND section = 'R1' AND row_code = '1' AND grafa = '1'),
		 m1 AS (SELECT value, cell FROM scope
		        WHERE form = '1-M' AND section = 'R1-1' AND row_code = '3' AND grafa = '1')
		 SELECT sng.value AS sng, sng.cell AS sng_cell, sng.source_sha256 AS sng_sha,
		        m1.value AS m1, m1.cell AS m1_cell
		 FROM sng, m1`,
		{ region: regionCode, period }
	);
	return crossFormFindings(pairs, regionCode, period);
}

/** The findings of the pairs whose two figures differ. */
export function crossFormFindings(
	pairs: readonly Pair[],
	regionCode: string,
	period: string
): Finding[] {
	return pairs
		.filter((p) => p.sng !== p.m1)
		.map((p) =>
			withMessage({
				rule: CROSS_FORM_RULE,
				severity: 'error' as const,
				form: 'СНГ-1',
				region_code: regionCode,
				period,
				section: 'R1',
				row_code: '1',
				grafa: '1',
				expected: p.m1,
				found: p.sng,
				source_sha256: p.sng_sha,
				params: { sngCell: p.sng_cell, m1Cell: p.m1_cell }
			})
		);
}
