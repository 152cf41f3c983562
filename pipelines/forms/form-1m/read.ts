/**
 * Form 1-M workbook → ParsedForm: every numeric cell of all 26 sections. Refuses a
 * workbook that lacks sections: a partial 1-M would silently break every control sum.
 */
import type { Workbook } from '../../xlsx/types.ts';
import { CellIssues } from '../cell-issues.ts';
import { CellTableBuilder } from '../cell-table.ts';
import { KNOWN_LAYOUTS } from '../known-layouts.ts';
import { InputError, parsedForm, type ParsedForm } from '../types.ts';
import { FORM_1M_SHEETS } from './layout.ts';
import { readSectionInto } from './section.ts';

export interface FormIdentity {
	title: string | null;
	regionName: string | null;
}

export function readForm1M(wb: Workbook, file: string, identity: FormIdentity): ParsedForm {
	const missing = FORM_1M_SHEETS.filter((s) => !wb.sheetNames.includes(s));
	if (missing.length)
		throw new InputError(
			'missingSections',
			{ file, form: '1-M', missing, sheets: wb.sheetNames },
			{ file }
		);
	// Sized for a whole workbook (~217,000 cells): no doubling and copying on the way.
	const cells = new CellTableBuilder(1 << 18);
	const issues = new CellIssues();
	for (const name of FORM_1M_SHEETS) {
		const known = { name: `Form 1-M section ${name}`, layouts: KNOWN_LAYOUTS['1-M'][name] ?? [] };
		readSectionInto(wb.sheet(name), { file, issues, known }, cells);
	}
	return parsedForm({
		form: '1-M',
		title: identity.title,
		regionName: identity.regionName,
		modified: wb.modified,
		sheets: [...FORM_1M_SHEETS],
		table: cells.build(),
		cellIssues: issues.list()
	});
}
