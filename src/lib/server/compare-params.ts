/**
 * The filters of /compare (issue 17 item 6) that no other view reads: the regions compared
 * (`regions=KZ-11,KZ-75`, at most five, the country always beside them) and the range of
 * years (`from`, `to`). Declared here and spread into the shared ViewQuery (params.ts), so
 * that the page and /api/v1/data/compare.<fmt> refuse the same bad links with the same words.
 */
import { z } from 'zod';
import { CURRENT_REGIONS } from '../domain/regions';

/** More lines than this cannot be told apart on one chart (and the country is one more). */
export const COMPARE_MAX_REGIONS = 5;

const CODES = new Set(CURRENT_REGIONS.map((r) => r.code));
const year = (name: string) =>
	z.coerce
		.number({ message: `${name} must be a year such as 2022` })
		.int(`${name} must be a year such as 2022`)
		.min(1991, `${name} must be a year from 1991`)
		.max(2100, `${name} must be a year before 2100`);

export const compareParams = {
	/** Comma-separated region codes, in the order given (the legend's order). */
	regions: z
		.string()
		.transform((s) => s.split(',').map((c) => c.trim().toUpperCase()))
		.superRefine((codes, ctx) => {
			const unknown = codes.filter((c) => !CODES.has(c));
			if (unknown.length)
				ctx.addIssue({
					code: 'custom',
					message: `${unknown.join(', ')} is not a region code; use ISO 3166-2:KZ codes such as KZ-11,KZ-75 (the country is always shown)`
				});
			const twice = codes.filter((c, i) => codes.indexOf(c) !== i);
			if (twice.length)
				ctx.addIssue({ code: 'custom', message: `${twice[0]} is listed twice; list each once` });
			if (codes.length > COMPARE_MAX_REGIONS)
				ctx.addIssue({
					code: 'custom',
					message: `at most ${COMPARE_MAX_REGIONS} regions can be compared at once (${codes.length} given); remove ${codes.length - COMPARE_MAX_REGIONS}`
				});
		})
		.optional(),
	from: year('from').optional(),
	to: year('to').optional()
};
