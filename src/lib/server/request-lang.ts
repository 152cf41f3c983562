/**
 * The language of a request, decided in one place: `?lang=`, else the `lang` cookie, else a
 * default the caller gives. Pages default to Russian (hooks.server.ts); API errors to the
 * browser's Accept-Language, else English, the API's language of record (api-errors.ts
 * apiLang). Server-only and free of the exporters, so that hooks can load it.
 */
import { isLang, type Lang } from '../i18n';

/** What a request offers to choose a language by (a RequestEvent is one). */
export interface LangSource {
	url: URL;
	cookies?: { get(name: string): string | undefined };
	request?: Request;
}

/** `?lang=`, else the `lang` cookie, else `otherwise`. */
export function requestLang({ url, cookies }: LangSource, otherwise: Lang): Lang {
	const q = url.searchParams.get('lang');
	if (isLang(q)) return q;
	const c = cookies?.get('lang');
	if (isLang(c)) return c;
	return otherwise;
}

/** The first of ru/kk/en in Accept-Language, by its q weight then its place; null if none. */
export function acceptedLang(request: Request | undefined): Lang | null {
	const accept = request?.headers.get('accept-language') ?? '';
	const ranked = accept
		.split(',')
		.map((part, i) => {
			const [tag, ...opts] = part.trim().toLowerCase().split(';');
			const qv = opts.map((o) => /^q=([\d.]+)$/.exec(o.trim())?.[1]).find(Boolean);
			return { lang: tag.split('-')[0], q: qv === undefined ? 1 : Number(qv), i };
		})
		.filter((x) => isLang(x.lang) && x.q > 0)
		.sort((a, b) => b.q - a.q || a.i - b.i);
	return (ranked[0]?.lang as Lang | undefined) ?? null;
}
