/**
 * The reader's cell issues (forms/cell-issues.ts) as findings: every cell that did not become a
 * figure, or became a negative one, named by file, sheet and A1 cell. Nothing is fixed: text
 * and NaN are not read as figures, negatives are kept as published, stray cells are not read.
 *
 * Cap: a group (one kind on one sheet; outside cells also by side: below, right or left of the
 * table) of up to SAMPLE_CAP (5) cells gives one finding per cell; a larger one gives ONE
 * finding with its count, its first 5 cells and the range holding them all. So a workbook
 * writes at most 6 groups × 26 sheets × 5 = 780 finding rows of these rules, however many
 * stray cells it holds (a million extra rows below a table: one row).
 */
import type { CellIssueGroup } from '../forms/cell-issues.ts';
import { SAMPLE_CAP } from '../forms/cell-issues.ts';
import { withMessage, type Finding } from './findings.ts';
import { CELL_RULES, type Severity } from './rules.ts';

export interface CellFindingScope {
	file: string;
	form: string;
	regionCode: string;
	period: string;
	sha256: string;
}

const SEVERITY: Record<CellIssueGroup['kind'], Severity> = {
	'not-a-number': 'error',
	'not-finite': 'error',
	negative: 'error',
	'outside-layout': 'warning'
};

/**
 * The findings of the groups: the sheet in `section`, the cell's row code and графа in their
 * columns, the file, the A1 cell, the value and where it lies in `params` (finding-params.ts).
 */
export function cellIssueFindings(
	groups: readonly CellIssueGroup[],
	scope: CellFindingScope
): Finding[] {
	const out: Finding[] = [];
	for (const g of groups) {
		const base = {
			rule: CELL_RULES[g.kind],
			severity: SEVERITY[g.kind],
			form: scope.form,
			region_code: scope.regionCode,
			period: scope.period,
			section: g.sheet,
			expected: null,
			source_sha256: scope.sha256
		};
		if (g.count <= SAMPLE_CAP) {
			for (const s of g.samples)
				out.push(
					withMessage({
						...base,
						row_code: s.rowCode,
						grafa: s.grafa,
						found: typeof s.value === 'number' ? s.value : null,
						params: { file: scope.file, cell: s.cell, value: s.value, where: s.where }
					})
				);
			continue;
		}
		out.push(
			withMessage({
				...base,
				row_code: null,
				grafa: null,
				found: null,
				params: {
					file: scope.file,
					count: g.count,
					range: g.range,
					where: g.samples[0].where,
					first: g.samples.map((s) => ({ cell: s.cell, value: s.value }))
				}
			})
		);
	}
	return out;
}
