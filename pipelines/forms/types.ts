/**
 * The contract every official-form reader fulfils: a workbook in, its identity and every
 * numeric cell out, with enough provenance (sheet, cell address, labels) to answer
 * "where does this number come from?". Readers never write; loaders never parse.
 */
import type { CellIssueGroup } from './cell-issues.ts';
import { toFormCells, type FormCellTable } from './cell-table.ts';
import {
	refusalEn,
	type Refusal,
	type RefusalCode,
	type RefusalParams
} from '../../src/lib/i18n/features/import-refusals.ts';

export type FormId = '1-M' | 'СНГ-1';

export interface FormCell {
	/** Sheet name = section: 'R1', 'R1-1', …, 'PRIL11'. */
	section: string;
	/** «шифр строки» as written (trimmed). */
	rowCode: string;
	/** Hierarchical row label, outermost first. */
	rowLabel: string[];
	/** Article parsed from '(ст.NNN)' in the label, e.g. '99', '388-1', '000'. */
	article: string | null;
	/** Chapter number of the row ('1'…'18'), when the row sits under a chapter. */
	chapter: string | null;
	/** Column number as printed in the графы row ('1', '2', …). */
	grafa: string;
	/** Hierarchical column label rebuilt from merged header cells, outermost first. */
	columnLabel: string[];
	value: number;
	/** A1 address, e.g. 'E12'. */
	cell: string;
}

export interface ParsedForm {
	form: FormId;
	/** Document title as written, e.g. '1-M  Акмолинская область (Свод)'; null when absent. */
	title: string | null;
	/** Region name taken from the title, e.g. 'Акмолинская область'; null when it names none. */
	regionName: string | null;
	/** dcterms:modified of the workbook, ISO, or null. */
	modified: string | null;
	sheets: string[];
	/** Every numeric cell, column-wise: what the load stage writes. */
	table: FormCellTable;
	/** Cells that are no figure of the form (text in a графа, stray rows …): become findings. */
	cellIssues: CellIssueGroup[];
	/** The same cells as objects, built on first access (tests, small tools). */
	readonly cells: FormCell[];
}

/** A ParsedForm whose `cells` are materialised from `table` only when asked for. */
export function parsedForm(fields: Omit<ParsedForm, 'cells'>): ParsedForm {
	let cells: FormCell[] | null = null;
	return {
		...fields,
		get cells() {
			return (cells ??= toFormCells(fields.table));
		}
	};
}

/**
 * An input problem with where it is and what to do: a code (one per kind of refusal) and its
 * parameters, said in en/ru/kk by the one catalogue (src/lib/i18n/features/import-refusals.ts).
 * `message` is the English sentence: what the CLI prints and the audit keeps.
 */
export class InputError<C extends RefusalCode = RefusalCode> extends Error {
	readonly code: C;
	readonly params: RefusalParams<C>;
	constructor(
		code: C,
		params: RefusalParams<C>,
		readonly where: { file?: string; sheet?: string; cell?: string } = {}
	) {
		super(refusalEn(code, params));
		this.name = 'InputError';
		this.code = code;
		this.params = params;
	}

	get refusal(): Refusal {
		return { code: this.code, params: this.params } as unknown as Refusal;
	}
}
