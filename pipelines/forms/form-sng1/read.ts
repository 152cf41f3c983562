/**
 * Form СНГ-1 workbook → ParsedForm: every numeric cell of its three sections. R1 "Всего"
 * графа 1 counts crimes only and must equal Form 1-M R1-1 row 3 графа 1 (a cross-form check
 * done by the validation stage, not here).
 */
import type { Workbook } from '../../xlsx/types.ts';
import { readSectionInto } from '../form-1m/section.ts';
import type { FormIdentity } from '../form-1m/read.ts';
import { CellIssues } from '../cell-issues.ts';
import { CellTableBuilder } from '../cell-table.ts';
import { KNOWN_LAYOUTS } from '../known-layouts.ts';
import { InputError, parsedForm, type ParsedForm } from '../types.ts';
import { FORM_SNG1_SECTIONS, FORM_SNG1_SHEETS } from './layout.ts';

export function readFormSng1(wb: Workbook, file: string, identity: FormIdentity): ParsedForm {
	const missing = FORM_SNG1_SHEETS.filter((s) => !wb.sheetNames.includes(s));
	if (missing.length)
		throw new InputError(
			'missingSections',
			{ file, form: 'СНГ-1', missing, sheets: wb.sheetNames },
			{ file }
		);
	const cells = new CellTableBuilder();
	const issues = new CellIssues();
	for (const s of FORM_SNG1_SECTIONS) {
		const known = {
			name: `Form СНГ-1 section ${s.sheet}`,
			layouts: KNOWN_LAYOUTS['СНГ-1'][s.sheet] ?? []
		};
		readSectionInto(
			wb.sheet(s.sheet),
			{ file, codesByOrder: s.codesByOrder, issues, known },
			cells
		);
	}
	return parsedForm({
		form: 'СНГ-1',
		title: identity.title,
		regionName: identity.regionName,
		modified: wb.modified,
		sheets: [...FORM_SNG1_SHEETS],
		table: cells.build(),
		cellIssues: issues.list()
	});
}
