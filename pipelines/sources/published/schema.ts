/**
 * One row of the project's published-figures table (data/published/*.csv): a figure with its
 * source, date and quote. Contradicting sources are separate rows, never merged.
 */
import { z } from 'zod';

export const PUBLISHED_COLUMNS = [
	'id',
	'indicator',
	'region_code',
	'region_label',
	'period_start',
	'period_end',
	'value',
	'unit',
	'source_url',
	'source_date',
	'source_quote',
	'notes'
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const optional = <T extends z.ZodType>(s: T) => z.union([z.literal('').transform(() => null), s]);

export const publishedRowSchema = z.object({
	id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case letters, digits, dots and dashes'),
	indicator: z.string().regex(/^[a-z0-9_]+$/, 'a snake_case indicator name'),
	region_code: optional(z.string().regex(/^KZ(-\d\d)?$/, 'KZ or an ISO 3166-2:KZ code')),
	region_label: z.string().min(1, 'the region as the source names it'),
	period_start: optional(isoDate),
	period_end: optional(isoDate),
	value: z
		.string()
		.regex(/^-?\d+(\.\d+)?$/, 'a plain number (no spaces or thousands separators)')
		.transform(Number),
	unit: z.string().min(1, 'a unit'),
	source_url: z.string().regex(/^(https?:\/\/|doc:)\S+$/, 'an http(s) URL or doc:<name>'),
	source_date: optional(z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'YYYY, YYYY-MM or YYYY-MM-DD')),
	source_quote: z.string().min(1, 'a short quote from the source'),
	notes: optional(z.string())
});

export type PublishedFigure = z.output<typeof publishedRowSchema>;
