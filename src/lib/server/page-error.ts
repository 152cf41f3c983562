/**
 * A page's error in the reader's language (issue 17, item 3). The load functions know what
 * went wrong (no such region, past the last page, a bad filter); the sentence the reader sees
 * is an i18n key in the page's language, and the server's technical text (English, the same as
 * the API's) rides along as `detail`, which +error.svelte shows folded and marked `lang="en"`.
 * The API keeps its own English messages (lib/server/api.ts).
 */
import { error } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { translator, type Lang, type MessageKey } from '../i18n';
import { BadRequest } from './params';

/** Throw an HTTP error whose message is `key` in `lang`, its `{name}`s filled from `vars`. */
export function pageError(
	lang: Lang,
	status: number,
	key: MessageKey,
	vars: Record<string, string | number> = {},
	detail?: string
): never {
	error(status, {
		message: translator(lang).fill(key, vars),
		localized: true,
		...(detail ? { detail } : {})
	});
}

/** The language of the request being answered (Russian outside one, as the site's default). */
export function requestLang(): Lang {
	try {
		return getRequestEvent().locals.lang;
	} catch {
		return 'ru';
	}
}

/** The filters a reader sets on a page, named as the filter bar names them. */
const FILTER_LABEL: Record<string, MessageKey> = {
	period: 'filter.period',
	region: 'filter.region',
	indicator: 'filter.indicator',
	group: 'filter.group'
};

/**
 * A bad filter of a page as a 400 in the page's language: it names the parameter when known,
 * a filter by the filter bar's word («Кезең», not `period`; the id is in the detail).
 */
export function badRequestPage(e: BadRequest): never {
	const lang = requestLang();
	const tr = translator(lang);
	const named = e.param
		?.split(', ')
		.map((p) => (FILTER_LABEL[p] ? tr.t(FILTER_LABEL[p]) : p))
		.join(', ');
	if (named) pageError(lang, 400, 'err.bad_param', { param: named }, e.message);
	pageError(lang, 400, 'err.bad_query', {}, e.message);
}
