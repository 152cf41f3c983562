/**
 * The raw row of the court-outcomes CSV (open-data-kazakhstan/sexual-harassment-under-age-16):
 * one offence key per year, then one column per measure. Measures are counts or empty.
 */
import { z } from 'zod';

/** Offence words of `type_of_punish` and the Criminal Code article each stands for (README). */
export const OFFENCE_ARTICLES: Record<string, string> = {
	rape: '120',
	try_rape: '121',
	child_rape: '122',
	chile_abuse: '124'
};

/**
 * Keys without a suffix are subtotals in the source: `rape` = rape + try_rape and `child` =
 * child_rape + chile_abuse in every year (README). Kept, with the articles they add up.
 */
export const SUBTOTAL_ARTICLES: Record<string, string> = {
	rape: '120+121',
	child: '122+124'
};

export const courtKeySchema = z
	.string()
	.regex(/^[a-z_]+\d*$/, 'an offence key such as rape120 or child_rape122');

/** An empty cell is "not reported" (NULL); anything else must be a non-negative count. */
export const measureSchema = z.union([
	z.literal('').transform(() => null),
	z
		.string()
		.regex(/^\d+(\.0+)?$/, 'a non-negative whole number or an empty cell')
		.transform(Number)
]);

export const yearSchema = z
	.string()
	.regex(/^(19|20)\d\d$/, 'a four-digit year')
	.transform(Number);

export interface CourtOutcomeRow {
	article: string;
	offence: string;
	year: number;
	measure: string;
	value: number | null;
	sourceKey: string;
	/** 1-based line in the CSV (the header is line 1). */
	sourceRow: number;
}
