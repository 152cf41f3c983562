/**
 * The filters every view and API route understands, validated with zod at the boundary.
 * Filters live in the URL so that every state is a permalink. Unknown values are refused
 * with a message saying what is wrong and what is allowed — never silently replaced.
 */
import { z } from 'zod';
import { REGIONS } from '../domain/regions';
import {
	FORECAST_HORIZONS,
	FORECAST_SERIES_RE,
	INDICATORS,
	OFFENCE_GROUPS
} from '../domain/view-options';
import { METHOD_NAMES } from '../forecast';
import { compareParams } from './compare-params';
import type { ApiErrorCode, ApiErrorParams } from '../i18n/features/api-errors';
import { SCORE_METHODS } from '../domain/indicators';

export {
	FORECAST_HORIZONS,
	FORECAST_SERIES_RE,
	INDICATORS,
	type Indicator
} from '../domain/view-options';
export const FORECAST_METHODS = ['auto', ...METHOD_NAMES] as [string, ...string[]];

const REGION_CODES = REGIONS.map((r) => r.code) as [string, ...string[]];

const weight = z.coerce.number().min(0).max(100);

export const ViewQuery = z.object({
	period: z
		.string()
		.regex(
			/^\d{4}(-\d{2})?$/,
			'period must be YYYY (whole year) or YYYY-MM (January to that month)'
		)
		.optional(),
	region: z
		.enum(REGION_CODES, { message: 'region must be an ISO 3166-2:KZ code such as KZ-75' })
		.optional(),
	indicator: z.enum(INDICATORS).default('rate'),
	group: z.enum(OFFENCE_GROUPS as [string, ...string[]]).default('all'),
	row: z
		.string()
		.regex(/^\d{1,4}$/, 'row must be a row code (digits) of Form 1-M')
		.optional(),
	year: z.coerce.number().int().min(1991).max(2100).optional(),
	/** A section (sheet) of a form: R1, R1-1, PRIL11… (the findings on /data). */
	section: z
		.string()
		.regex(/^[A-Z]{1,4}\d{1,2}(-\d{1,2})?$/, 'section must be a sheet name such as R1-1 or PRIL11')
		.optional(),
	w_rate: weight.default(40),
	w_growth: weight.default(30),
	w_grave: weight.default(20),
	w_recid: weight.default(10),
	/** Low clearance (R1-1 графа 7 ÷ графа 1); 0 leaves the score as it was before it existed. */
	w_clear: weight.default(0),
	/** How /priorities puts its components on one scale (domain/indicators.ts SCORE_METHODS). */
	score_method: z
		.enum(SCORE_METHODS, { message: 'score_method must be minmax or zscore' })
		.default('minmax'),
	limit: z.coerce.number().int().min(1).max(10_000).default(1000),
	series: z
		.string()
		.regex(
			FORECAST_SERIES_RE,
			'series must be all, crimes, misdemeanours or a Criminal Code chapter ch1 … ch18'
		)
		.default('all'),
	h: z.coerce
		.number({ message: 'h must be a whole number of years from 1 to 5' })
		.int('h must be a whole number of years from 1 to 5')
		.min(1, 'h must be a whole number of years from 1 to 5')
		.max(5, 'h must be a whole number of years from 1 to 5')
		.default(3),
	method: z
		.enum(FORECAST_METHODS, {
			message: `method must be one of ${FORECAST_METHODS.join(', ')}`
		})
		.default('auto'),
	sources_page: z.coerce.number().int().min(1).max(100_000).default(1),
	findings_page: z.coerce.number().int().min(1).max(100_000).default(1),
	lang: z.enum(['ru', 'kk', 'en']).optional(),
	/** /compare: regions (at most five), from and to (years). */
	...compareParams,
	/** Exports: figures rounded as shown (default), or `full` for the stored value beside each. */
	precision: z
		.enum(['shown', 'full'], { message: 'precision must be shown or full' })
		.default('shown'),
	/** data-findings on ru/kk: the stored English sentence beside each finding (`no`: the /data page). */
	message_en: z.enum(['yes', 'no'], { message: 'message_en must be yes or no' }).default('yes'),
	/** The import history's filters (/data/imports): where from, the result, the form. */
	channel: z.enum(['cli', 'web'], { message: 'channel must be cli or web' }).optional(),
	result: z
		.enum(['imported', 'replaced', 'already-imported', 'refused', 'failed'], {
			message: 'result must be imported, replaced, already-imported, refused or failed'
		})
		.optional(),
	form: z
		.string()
		.regex(/^[\p{L}\d-]{1,20}$/u, 'form must be a form or source id such as 1-M or СНГ-1')
		.optional()
});
export type ViewQuery = z.infer<typeof ViewQuery>;

export class BadRequest extends Error {
	status = 400;
	/**
	 * `code` and `params`: the API's machine code and what its ru/kk sentence names
	 * (i18n/features/api-errors.ts); `param`: the parameter(s) at fault, when known, which a
	 * page names in its own language (page-error.ts).
	 */
	constructor(
		message: string,
		readonly code: ApiErrorCode = 'bad_request',
		readonly params: ApiErrorParams = {},
		readonly param?: string
	) {
		super(message);
	}
}

/**
 * Parameters that mail, chat and ad platforms append to a shared link (utm_*, Facebook,
 * Google, Yandex, Microsoft, Mailchimp, Instagram click ids): they say nothing about the
 * view, so they are ignored rather than refused as unknown.
 */
export const TRACKING_PARAM =
	/^(utm_\w*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|yclid|ysclid|_openstat|msclkid|mc_cid|mc_eid|igshid|_ga|_gl)$/i;

/**
 * The non-empty parameters of a URL, one value each, tracking parameters left out. A
 * parameter given twice (`region=KZ-71&region=KZ-75`) is refused with its name: every view
 * shows one value of each filter, and picking one silently would show something else than
 * the link says.
 */
export function singleValuedParams(sp: URLSearchParams): Record<string, string> {
	const raw: Record<string, string> = {};
	const repeated = new Map<string, string[]>();
	for (const [k, v] of sp) {
		if (v === '' || TRACKING_PARAM.test(k)) continue;
		if (k in raw) repeated.set(k, [...(repeated.get(k) ?? [raw[k]]), v]);
		raw[k] = v;
	}
	if (repeated.size) {
		const show = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
		const [name, values] = [...repeated][0];
		const others = [...repeated.keys()].slice(1);
		throw new BadRequest(
			`parameter ${name} is given ${values.length} times (${values.map(show).join(', ')})` +
				(others.length ? `, and so are ${others.join(', ')}` : '') +
				`; give each parameter once, e.g. ?${name}=${encodeURIComponent(show(values[0]))}`,
			'repeated_parameter',
			{ name, count: values.length },
			[name, ...others].join(', ')
		);
	}
	return raw;
}

/** Parse URL search params; throws BadRequest naming the parameter and the problem. */
export function parseViewQuery(sp: URLSearchParams): ViewQuery {
	const raw = singleValuedParams(sp);
	const known = new Set(Object.keys(ViewQuery.shape));
	const unknown = Object.keys(raw).filter((k) => !known.has(k));
	if (unknown.length) {
		throw new BadRequest(
			`unknown parameter(s) ${unknown.join(', ')}; allowed: ${[...known].join(', ')}`,
			'unknown_parameter',
			{ names: unknown.join(', '), allowed: [...known].join(', ') },
			unknown.join(', ')
		);
	}
	const r = ViewQuery.safeParse(raw);
	if (!r.success) {
		const msg = r.error.issues
			.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`)
			.join('; ');
		const params = [...new Set(r.error.issues.map((i) => i.path.join('.')).filter(Boolean))];
		throw new BadRequest(
			`invalid parameters — ${msg}`,
			'invalid_parameter',
			{ names: [...new Set(r.error.issues.map((i) => String(i.path[0] ?? 'query')))].join(',') },
			params.join(', ') || undefined
		);
	}
	return r.data;
}

/** The query string that reproduces a state (defaults left out). */
export function toQueryString(q: Partial<ViewQuery>, keep: (keyof ViewQuery)[]): string {
	const sp = new URLSearchParams();
	const defaults = ViewQuery.parse({});
	for (const k of keep) {
		const v = q[k];
		if (v === undefined || v === null) continue;
		if ((defaults as Record<string, unknown>)[k] === v) continue;
		sp.set(k, String(v));
	}
	const s = sp.toString();
	return s ? `?${s}` : '';
}
