/**
 * What a validation finding says, as data: the rule kinds the validators write into the
 * `finding` table and, per kind, the parameters the table has no column for (the A1 cell, the
 * reference графа, the file…), stored as JSON in `finding.params`. The validators fill them
 * (pipelines/validate/*, published/check.ts); $lib/i18n/finding-text.ts renders every finding
 * from its rule, columns and these parameters in ru, kk and en — the stored English `message`
 * is that same `en` rendering, so there is one wording.
 *
 * One JSON column rather than explicit columns: the kinds share almost nothing (a sum names a
 * reference графа, a cross-form finding two cells of two workbooks, a capped cell group its
 * first five cells, the published check its row ids), so explicit columns would be mostly NULL
 * and still not hold the lists. What every kind has stays in the columns: form, region,
 * period, section (the sheet of a cell finding), row code, графа, expected and found.
 * Read back, the JSON is checked against the kind's schema (zod): a row that does not fit
 * (an older warehouse, a hand-written row) is shown with its stored English message.
 */
import { z } from 'zod';

/** Rule kinds, as the validators name their rules (pipelines/validate/rules.ts, published/check.ts). */
export type FindingKind = 'sum' | 'chapter' | 'cross-form' | 'monthly' | 'cell' | 'published-total';

/** The cell rules (pipelines/validate/rules.ts CELL_RULES) by what the reader found. */
export type CellKind = 'not-a-number' | 'not-finite' | 'negative' | 'outside-layout';

export const CELL_RULE_KIND: Record<string, CellKind> = {
	'cell=number': 'not-a-number',
	'cell=finite': 'not-finite',
	'cell>=0': 'negative',
	'cell-in-layout': 'outside-layout'
};

/** `R1.row1=row2+row3`, `R1-1.row3=row4+5+6+7` (rows of one section). */
export const SECTION_SUM_RULE = /^(R1|R1-1)\.row(\d+)=row(\d+(?:\+(?:row)?\d+)*)$/;
/** `PRIL5=R1.row2`, `PRIL11=R1.row6+7` (an appendix's total against R1's rows). */
export const APPENDIX_RULE = /^(PRIL\d+)=R1\.row(\d+(?:\+\d+)*)$/;
export const CHAPTER_RULE_ID = 'chapter=sum(articles)';
export const CROSS_FORM_RULE_ID = 'СНГ-1.R1.row1=1-M.R1-1.row3';
export const MONTHLY_RULE_ID = 'decumulated>=0';
export const PUBLISHED_TOTAL_RULE_ID = 'published.total≠sum';

/** The kind of a rule id, or null when no validator writes it. */
export function findingKind(rule: string): FindingKind | null {
	if (SECTION_SUM_RULE.test(rule) || APPENDIX_RULE.test(rule)) return 'sum';
	if (rule === CHAPTER_RULE_ID) return 'chapter';
	if (rule === CROSS_FORM_RULE_ID) return 'cross-form';
	if (rule === MONTHLY_RULE_ID) return 'monthly';
	if (rule in CELL_RULE_KIND) return 'cell';
	if (rule === PUBLISHED_TOTAL_RULE_ID) return 'published-total';
	return null;
}

const text = z.string().min(1);

/** Where a cell outside the form's table lies (forms/form-1m/section.ts). */
export const CellWhere = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('below'), row: text }).strict(),
	z.object({ kind: z.literal('right'), column: text }).strict(),
	z.object({ kind: z.literal('left') }).strict()
]);
export type CellWhere = z.infer<typeof CellWhere>;

/** A control sum: the checked cell and the side it must equal (section, rows, графа). */
export const SumParams = z
	.object({
		cell: text.nullable(),
		refSection: text,
		refRows: z.array(text).min(1),
		refGrafa: text
	})
	.strict();

/** A chapter row against its article rows: the chapter number, cell and how many summands. */
export const ChapterParams = z
	.object({ chapter: text.nullable(), cell: text.nullable(), summands: z.number().int().min(0) })
	.strict();

/** СНГ-1 R1 «Всего» графа 1 against Form 1-M R1-1 row 3 графа 1: the two cells. */
export const CrossParams = z.object({ sngCell: text, m1Cell: text }).strict();

/** A cumulative value below the previous report's: that report's period and the cell. */
export const MonthlyParams = z.object({ previousPeriod: text, cell: text }).strict();

const cellValue = z.union([z.string(), z.number(), z.boolean()]);

/** One cell the reader did not take as a figure (its sheet is the `section` column). */
export const CellOneParams = z
	.object({ file: text, cell: text, value: cellValue, where: CellWhere.nullable() })
	.strict();

/** A group of more such cells than are listed one by one: count, range and the first ones. */
export const CellManyParams = z
	.object({
		file: text,
		count: z.number().int().min(1),
		range: text,
		where: CellWhere.nullable(),
		first: z.array(z.object({ cell: text, value: cellValue }).strict()).min(1)
	})
	.strict();

/** A stated multi-year total against the same source's yearly figures. */
export const PublishedParams = z
	.object({
		source: text,
		indicator: text,
		from: z.number().int(),
		to: z.number().int(),
		/** published_figure ids: the total's first, then the yearly rows'. */
		ids: z.array(text).min(2)
	})
	.strict();

export type SumParams = z.infer<typeof SumParams>;
export type ChapterParams = z.infer<typeof ChapterParams>;
export type CrossParams = z.infer<typeof CrossParams>;
export type MonthlyParams = z.infer<typeof MonthlyParams>;
export type CellOneParams = z.infer<typeof CellOneParams>;
export type CellManyParams = z.infer<typeof CellManyParams>;
export type PublishedParams = z.infer<typeof PublishedParams>;

export type FindingParams =
	| SumParams
	| ChapterParams
	| CrossParams
	| MonthlyParams
	| CellOneParams
	| CellManyParams
	| PublishedParams;

/** Each kind's schema: what `finding.params` must hold for a rule of that kind. */
export const PARAMS_OF = {
	sum: SumParams,
	chapter: ChapterParams,
	'cross-form': CrossParams,
	monthly: MonthlyParams,
	cell: z.union([CellOneParams, CellManyParams]),
	'published-total': PublishedParams
} as const;

/** The parameters as the JSON column holds them (text or parsed), or null when absent/unreadable. */
export function readParams(raw: unknown): unknown {
	if (raw === null || raw === undefined) return null;
	if (typeof raw !== 'string') return raw;
	try {
		return JSON.parse(raw);
	} catch {
		return null;
	}
}
