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
import type { CellIssueGroup, CellIssueSample } from '../forms/cell-issues.ts';
import { SAMPLE_CAP } from '../forms/cell-issues.ts';
import type { Finding } from './findings.ts';
import { CELL_RULES, type Severity } from './rules.ts';
import { EN_CELL_WHAT } from '../../src/lib/i18n/features/findings.ts';

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
 * What each kind says about its cells, and what the import did with them: the English record,
 * kept beside its ru/kk renderings (the page parses this very wording back).
 */
const WHAT: Record<CellIssueGroup['kind'], { one: string; many: string; done: string }> =
	EN_CELL_WHAT;

export function cellIssueFindings(
	groups: readonly CellIssueGroup[],
	scope: CellFindingScope
): Finding[] {
	const out: Finding[] = [];
	for (const g of groups) {
		const what = WHAT[g.kind];
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
				out.push({
					...base,
					row_code: s.rowCode,
					grafa: s.grafa,
					found: typeof s.value === 'number' ? s.value : null,
					message:
						`${scope.file}, sheet ${g.sheet}, cell ${s.cell}${placeOf(s)}: ${shown(s.value)} ` +
						`${what.one}${s.where ? ` (${s.where})` : ''}; ${what.done}`
				});
			continue;
		}
		const first = g.samples.map((s) => `${s.cell} ${shown(s.value)}`).join(', ');
		out.push({
			...base,
			row_code: null,
			grafa: null,
			found: null,
			message:
				`${scope.file}, sheet ${g.sheet}: ${g.count.toLocaleString('en-US')} cells in ${g.range} ` +
				`${what.many}${g.samples[0].where ? ` (the first ${g.samples[0].where})` : ''}; ` +
				`the first ${g.samples.length}: ${first} …; ${what.done}`
		});
	}
	return out;
}

/** ' (row 1 графа 2)' for a cell of the table; '' for one outside it. */
function placeOf(s: CellIssueSample): string {
	const parts = [s.rowCode !== null && `row ${s.rowCode}`, s.grafa !== null && `графа ${s.grafa}`];
	const text = parts.filter(Boolean).join(' ');
	return text ? ` (${text})` : '';
}

function shown(v: string | number | boolean): string {
	return typeof v === 'string' ? `«${v}»` : String(v);
}
