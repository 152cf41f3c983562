/**
 * The declared control sums of the official forms (domain.md, "Control sums an importer must
 * verify"). Data, not code: each rule says which rows of which section must add up to which,
 * and how the графы of the two sides correspond. Evaluated by sum-rules.ts, never "fixed".
 */

export type Severity = 'error' | 'warning' | 'info';

/** How a графа of the checked side maps to a графа of the reference side. */
export type GrafaMap = 'same' | 'appendix-to-r1';

export interface SumRule {
	rule: string;
	form: '1-M';
	/** The side that is checked: `section` rows summed (usually one total row). */
	section: string;
	rows: string[];
	/** The side it must equal. */
	refSection: string;
	refRows: string[];
	grafaMap: GrafaMap;
	/** Графы of the checked side that are not a control sum (documented below). */
	skipGrafy?: string[];
	severity: Severity;
	description: string;
}

/**
 * Appendices PRIL5–PRIL11 repeat R1's columns without R1 графа 3 ("of them committed in
 * previous years"), so appendix графа 1–2 = R1 графа 1–2 and appendix графа k = R1 графа k+1
 * for k ≥ 3 (checked against the column headers of the 2022 workbooks). Appendix графа 23
 * ("investigation term expired") is the one column that does not reconcile: in 2022 it differs
 * from R1 графа 24 in almost every region and appendix, always upwards and by up to 200
 * (Almaty Region PRIL6 AA7 = 205 against R1 AB9 = 3) — the appendices count it on another
 * basis, so it is not a control sum and is skipped.
 */
export const APPENDIX_SKIP_GRAFY = ['23'];

function r1Rules(section: 'R1' | 'R1-1'): SumRule[] {
	return [
		{
			rule: `${section}.row1=row2+row3`,
			form: '1-M',
			section,
			rows: ['1'],
			refSection: section,
			refRows: ['2', '3'],
			grafaMap: 'same',
			severity: 'error',
			description: `${section}: all offences (row 1) = misdemeanours (row 2) + crimes (row 3)`
		},
		{
			rule: `${section}.row3=row4+5+6+7`,
			form: '1-M',
			section,
			rows: ['3'],
			refSection: section,
			refRows: ['4', '5', '6', '7'],
			grafaMap: 'same',
			severity: 'error',
			description: `${section}: crimes (row 3) = minor + medium + grave + especially grave (rows 4–7)`
		}
	];
}

function appendixRule(section: string, refRows: string[], what: string): SumRule {
	return {
		rule: `${section}=R1.row${refRows.join('+')}`,
		form: '1-M',
		section,
		rows: ['1'],
		refSection: 'R1',
		refRows,
		grafaMap: 'appendix-to-r1',
		skipGrafy: APPENDIX_SKIP_GRAFY,
		severity: 'error',
		description: `${section} total (row 1) = R1 ${what}`
	};
}

export const SUM_RULES: readonly SumRule[] = [
	...r1Rules('R1'),
	...r1Rules('R1-1'),
	appendixRule('PRIL5', ['2'], 'misdemeanours (row 2)'),
	appendixRule('PRIL6', ['3'], 'crimes (row 3)'),
	appendixRule('PRIL7', ['7'], 'especially grave (row 7)'),
	appendixRule('PRIL8', ['6'], 'grave (row 6)'),
	appendixRule('PRIL9', ['4'], 'minor (row 4)'),
	appendixRule('PRIL10', ['5'], 'medium (row 5)'),
	appendixRule('PRIL11', ['6', '7'], 'grave + especially grave (rows 6 + 7)')
];

/** Sections whose chapter rows are checked against their article rows (chapter-sums.ts). */
export const CHAPTER_SECTIONS = [
	'R1',
	'R1-1',
	'PRIL5',
	'PRIL6',
	'PRIL7',
	'PRIL8',
	'PRIL9',
	'PRIL10',
	'PRIL11'
];

export const CROSS_FORM_RULE = 'СНГ-1.R1.row1=1-M.R1-1.row3';
export const NEGATIVE_MONTHLY_RULE = 'decumulated>=0';
export const CHAPTER_RULE = 'chapter=sum(articles)';

/**
 * Rules about single cells, found by the form reader (forms/cell-issues.ts) rather than by a
 * query: a cell that is no figure cannot be checked in the warehouse, which never holds it.
 * Their findings belong to the file (removed with it), not to a re-validated scope.
 */
export const CELL_RULES = {
	'not-a-number': 'cell=number',
	'not-finite': 'cell=finite',
	negative: 'cell>=0',
	'outside-layout': 'cell-in-layout'
} as const;
