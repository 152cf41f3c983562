/**
 * The language of an API error and its sentence in that language. A browser's request carries
 * the page's language (`?lang=` or the `lang` cookie) or its Accept-Language; a request with
 * none of them (curl, scripts) gets English, the API's language of record — so the errors
 * machine clients have always read stay the same. Kept apart from api.ts so that hooks can
 * use it without loading the exporters.
 */
import type { Lang } from '../i18n';
import * as words from '../i18n/features/api-errors';
import {
	hintKey,
	type ApiErrorCode,
	type ApiErrorParams,
	type ApiErrorWords
} from '../i18n/features/api-errors';
import { acceptedLang, requestLang, type LangSource } from './request-lang';

export type { LangSource } from './request-lang';

const WORDS: Record<Lang, ApiErrorWords> = { ru: words.ru, kk: words.kk, en: words.en };

/** `?lang=`, else the `lang` cookie, else the first of ru/kk/en in Accept-Language, else en. */
export function apiLang(src: LangSource): Lang {
	return requestLang(src, acceptedLang(src.request) ?? 'en');
}

/** The code an error without one gets from its status. */
export function codeOfStatus(status: number): ApiErrorCode {
	if (status === 404) return 'not_found';
	if (status === 405) return 'method_not_allowed';
	if (status === 413) return 'too_many_rows';
	if (status === 503) return 'warehouse_unavailable';
	if (status >= 500) return 'internal';
	return 'bad_request';
}

/**
 * The sentence of `code` in `lang`. English keeps the route's own sentence (it names the exact
 * values); a parameter error names each refused parameter with what it must be.
 */
export function apiErrorText(
	code: ApiErrorCode,
	params: ApiErrorParams,
	lang: Lang,
	english: string
): string {
	if (lang === 'en') return english;
	const w = WORDS[lang];
	if (code === 'invalid_parameter') {
		const names = String(params.names ?? '')
			.split(',')
			.filter(Boolean);
		const issues = names.map((n) => `${n}: ${w.hints[hintKey(n)]}`).join('; ');
		return w.say.invalid_parameter({ issues: issues || w.hints.other });
	}
	// A generic code says little by itself: the route's sentence follows it.
	if (code === 'bad_request' || code === 'not_found' || code === 'internal')
		return `${w.say[code](params)}: ${english}`;
	return w.say[code](params);
}

/** The `error` object of a JSON error body (api.ts apiError, hooks.server.ts). */
export function apiErrorBody(
	status: number,
	message: string,
	{
		code = codeOfStatus(status),
		params = {},
		lang = 'en'
	}: { code?: ApiErrorCode; params?: ApiErrorParams; lang?: Lang }
): { status: number; code: ApiErrorCode; message: string; message_en?: string } {
	if (lang === 'en') return { status, code, message };
	return { status, code, message: apiErrorText(code, params, lang, message), message_en: message };
}
