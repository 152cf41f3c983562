/**
 * The upload route's refusals (routes/data/import/upload/+server.ts) as JSON: the English
 * sentence (`message`, what a script reads and the audit keeps) with the refusal's code and
 * parameters (i18n/features/import-refusals.ts), from which the import page says it in its
 * language.
 */
import { json } from '@sveltejs/kit';
import {
	refusalEn,
	type Refusal,
	type RefusalCode,
	type RefusalParams
} from '$lib/i18n/features/import-refusals';

export interface RefusalBody {
	status: number;
	message: string;
	code: RefusalCode;
	params: Refusal['params'];
}

/** The `error` of the route's answer. */
export function refusalBody<C extends RefusalCode>(
	status: number,
	code: C,
	params: RefusalParams<C>
): RefusalBody {
	return {
		status,
		message: refusalEn(code, params),
		code,
		params: params as unknown as Refusal['params']
	};
}

/** Refuse with `status`: `{ error: { status, message, code, params } }`. */
export function refuse<C extends RefusalCode>(
	status: number,
	code: C,
	params: RefusalParams<C>,
	init: ResponseInit = {}
): Response {
	return json({ error: refusalBody(status, code, params) }, { ...init, status });
}
