/**
 * The user's levers and the range the data supports for each. A lever outside its range is
 * refused with a message that says what the published figures cover, rather than projected
 * into territory the model was never calibrated on. Parsing is zod (the API and the page
 * share it); values arrive as strings from a URL.
 */
import { z } from 'zod';
import type { Levers } from './types';

/** Each lever's range and why (the published basis, or the stated assumption). */
export const LEVER_RANGES = {
	h: { min: 1, max: 10, unit: 'years', why: 'projections of 1 to 10 years' },
	convictionsPct: {
		min: -10,
		max: 10,
		unit: '% a year',
		why: 'convictions 2015–2022 (fp-convicted-*) changed by −2 % a year on average; single years ranged from −30 % to +53 %, but no change sustained beyond ±10 % a year is published'
	},
	imprisonmentShare: {
		min: 20,
		max: 45,
		unit: '%',
		why: 'the published national shares run from 25 % (H1 2018, kzpf-023) to 40.1 % (H1 2013, kzpf-020); the lever goes 5 points beyond either end, no further'
	},
	timeServedPct: {
		min: -30,
		max: 30,
		unit: '%',
		why: 'mean time served is fitted, not published; a change beyond ±30 % of the fitted value leaves the range its bootstrap spans'
	},
	probationShiftPct: {
		min: 0,
		max: 50,
		unit: '%',
		why: 'no published figure shows more than half of prison sentences replaced by probation'
	}
} as const;

type RangedKey = keyof typeof LEVER_RANGES;

/** A lever outside the range the data supports (the API answers 422 with this message). */
export class LeverRangeError extends RangeError {
	constructor(
		readonly lever: string,
		message: string
	) {
		super(message);
		this.name = 'LeverRangeError';
	}
}

const num = (key: RangedKey, int = false) =>
	z
		.string()
		.trim()
		.regex(int ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/, int ? 'a whole number' : 'a number')
		.transform(Number)
		.superRefine((v, ctx) => {
			const r = LEVER_RANGES[key];
			if (v < r.min || v > r.max)
				ctx.addIssue({
					code: 'custom',
					message: `${key} = ${v} ${r.unit} is outside what the data supports (${r.min} to ${r.max} ${r.unit}): ${r.why}`,
					params: { range: true }
				});
		});

export const leverSchema = z
	.object({
		h: num('h', true).optional(),
		convictions: z.enum(['trend', 'pct']).optional(),
		convictionsPct: num('convictionsPct').optional(),
		imprisonmentShare: num('imprisonmentShare').optional(),
		timeServedPct: num('timeServedPct').optional(),
		probationShiftPct: num('probationShiftPct').optional()
	})
	.strict();

export const LEVER_KEYS = Object.keys(leverSchema.shape) as (keyof Levers)[];

export const BASELINE_LEVERS: Levers = {
	h: 5,
	convictions: 'trend',
	convictionsPct: 0,
	imprisonmentShare: null,
	timeServedPct: 0,
	probationShiftPct: 0
};

/**
 * Levers from query parameters (empty values are the baseline). Throws LeverRangeError for a
 * value outside its range and a plain Error (what, which parameter, what is allowed) otherwise.
 */
export function parseLevers(params: Record<string, string | undefined>): Levers {
	const given = Object.fromEntries(
		Object.entries(params).filter(([, v]) => v !== undefined && v !== '')
	);
	const r = leverSchema.safeParse(given);
	if (!r.success) {
		const issue = r.error.issues[0];
		const key = String(issue.path[0] ?? '');
		if (issue.code === 'unrecognized_keys')
			throw new Error(
				`unknown lever(s) ${(issue as { keys: string[] }).keys.join(', ')}; levers: ${LEVER_KEYS.join(', ')}`
			);
		if (issue.code === 'custom') throw new LeverRangeError(key, issue.message);
		throw new Error(`${key} = «${given[key]}»: expected ${issue.message}`);
	}
	const v = r.data;
	const levers: Levers = {
		h: v.h ?? BASELINE_LEVERS.h,
		convictions: v.convictions ?? (v.convictionsPct !== undefined ? 'pct' : 'trend'),
		convictionsPct: v.convictionsPct ?? 0,
		imprisonmentShare: v.imprisonmentShare ?? null,
		timeServedPct: v.timeServedPct ?? 0,
		probationShiftPct: v.probationShiftPct ?? 0
	};
	return levers;
}

/** True when the levers change nothing but the horizon. */
export function isBaseline(l: Levers): boolean {
	return (
		l.convictions === 'trend' &&
		l.imprisonmentShare === null &&
		l.timeServedPct === 0 &&
		l.probationShiftPct === 0
	);
}
