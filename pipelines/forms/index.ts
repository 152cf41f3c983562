/**
 * The entry point for official-form workbooks: open the XLSX, read the form and region
 * from the document title (never from the file name, which is unreliable), and dispatch to
 * the form's reader. The caller resolves the region name to a code and supplies the period.
 */
import { openWorkbook } from '../xlsx/index.ts';
import type { XlsxLimits } from '../xlsx/types.ts';
import { FORM_1M_SHEETS, readForm1M } from './form-1m/index.ts';
import { FORM_SNG1_SHEETS, readFormSng1 } from './form-sng1/index.ts';
import { type FormId, InputError, type ParsedForm } from './types.ts';

export { FORM_1M_SECTIONS, FORM_1M_SHEETS } from './form-1m/index.ts';
export { FORM_SNG1_SECTIONS, FORM_SNG1_SHEETS } from './form-sng1/index.ts';
export { InputError, type FormCell, type FormId, type ParsedForm } from './types.ts';
export { layoutHash } from './cell-table.ts';

/** The sheets each form must have, in their order in the workbook. */
export const EXPECTED_SHEETS: Readonly<Record<FormId, readonly string[]>> = {
	'1-M': FORM_1M_SHEETS,
	'СНГ-1': FORM_SNG1_SHEETS
};

// '1-M' with a Latin or Cyrillic М (the portal writes Latin); 'СНГ-1' in Cyrillic, Latin
// look-alikes or as '1-СНГ', optionally after 'Форма (отчета) №'. The region is what
// follows, minus an optional '(Свод)'.
const TITLE =
	/^\s*(?:форма\s+(?:отчета\s+)?(?:№\s*)?)?(1\s*-\s*[MМ]|[CС][HН]Г\s*-\s*1|1\s*-\s*[CС][HН]Г|SNG\s*-\s*1)(?=\s|$)\s*(.*?)\s*(?:\(\s*свод\s*\))?\s*$/iu;

/** The form a document title names, or null for a title that names no known form. */
export function detectForm(title: string | null): FormId | null {
	const m = title ? TITLE.exec(title) : null;
	if (!m) return null;
	return /[MМ]$/i.test(m[1].replace(/\s/g, '')) ? '1-M' : 'СНГ-1';
}

/** What the analyst says about a workbook (`--form`), used only where the file says nothing. */
export interface FormHint {
	form?: FormId;
}

/**
 * '1-M  Акмолинская область (Свод)' → { form: '1-M', regionName: 'Акмолинская область' }.
 * A workbook saved without its document title names neither: the form is then the analyst's
 * `--form` (hint) and the region null (the import asks for `--region`); without `--form` it is
 * refused, naming both options.
 */
export function parseFormTitle(
	title: string | null,
	file = 'workbook',
	hint: FormHint = {}
): { form: FormId; regionName: string | null } {
	if (!title || !title.trim()) {
		if (hint.form) return { form: hint.form, regionName: null };
		throw new InputError('noTitle', { file }, { file });
	}
	const form = detectForm(title);
	if (!form) throw new InputError('unknownFormTitle', { file, title }, { file });
	const regionName = TITLE.exec(title)![2].replace(/\s+/g, ' ').trim();
	return { form, regionName: regionName || null };
}

export function readFormWorkbook(
	bytes: Uint8Array,
	fileName: string,
	limits?: XlsxLimits,
	hint: FormHint = {}
): ParsedForm {
	const wb = openWorkbook(bytes, fileName, limits);
	const { form, regionName } = parseFormTitle(wb.title, fileName, hint);
	const identity = { title: wb.title?.trim() ? wb.title : null, regionName };
	return form === '1-M' ? readForm1M(wb, fileName, identity) : readFormSng1(wb, fileName, identity);
}
