/**
 * A population figure of the Bureau of National Statistics: region (as labelled and as an ISO
 * code), year (at the beginning of the year), sex, value — null where the Bureau writes '-'
 * because the region did not exist, never 0 — and the sheet and cell it came from.
 */
import { z } from 'zod';

export type Sex = 'all' | 'male' | 'female';

export interface PopulationRow {
	regionCode: string;
	year: number;
	sex: Sex;
	value: number | null;
	/** The region label exactly as written (e.g. 'Туркестанская 1', with its footnote mark). */
	label: string;
	sheet: string;
	cell: string;
}

/** A population cell: a non-negative count, or '-' for "no such region that year". */
export const populationValueSchema = z.union([
	z.literal('-').transform(() => null),
	z.number().nonnegative(),
	z
		.string()
		.regex(/^\d+(\.0+)?$/, 'a whole number or "-"')
		.transform(Number)
]);

export const yearSchema = z.coerce.number().int().min(1990).max(2100);

/** Sheet names of the Bureau's workbook and the sex each holds; matched case-insensitively. */
export const SHEET_SEX: { pattern: RegExp; sex: Sex }[] = [
	{ pattern: /все|всего|both|all|барлық/i, sex: 'all' },
	{ pattern: /жен|female|women|әйел/i, sex: 'female' },
	{ pattern: /муж|male|men|ерлер/i, sex: 'male' }
];

/** The unpivoted CSV of the "all population" sheet. */
export const POPULATION_CSV_HEADER = ['Область', 'Год', 'Население'];
