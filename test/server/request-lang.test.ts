/**
 * The one language resolver (src/lib/server/request-lang.ts) as its two callers use it: a
 * page (hooks.server.ts: `?lang=`, cookie, Russian) and an API error (api-errors.ts apiLang:
 * `?lang=`, cookie, Accept-Language, English). Real URL and Request objects; the cookie jar is
 * the one method of SvelteKit's that the resolver reads.
 */
import { describe, expect, it } from 'vitest';
import { acceptedLang, requestLang, type LangSource } from '../../src/lib/server/request-lang';
import { apiLang } from '../../src/lib/server/api-errors';

function source(query: string, cookie?: string, acceptLanguage?: string): LangSource {
	const url = new URL(`http://127.0.0.1/regions${query}`);
	const headers = acceptLanguage ? { 'accept-language': acceptLanguage } : undefined;
	return {
		url,
		cookies: { get: (name) => (name === 'lang' ? cookie : undefined) },
		request: new Request(url, { headers })
	};
}

describe('request language', () => {
	it.each([
		// query, cookie, Accept-Language → page, API error
		['?lang=kk', 'en', 'ru', 'kk', 'kk'],
		['', 'en', 'kk', 'en', 'en'],
		['?lang=de', 'kk', 'en', 'kk', 'kk'],
		['?lang=', undefined, undefined, 'ru', 'en'],
		['', 'xx', 'kk-KZ,ru;q=0.8', 'ru', 'kk'],
		['', undefined, 'de-DE, en;q=0.5, ru;q=0.9', 'ru', 'ru'],
		['', undefined, 'ru;q=0, de', 'ru', 'en'],
		['?lang=EN', undefined, undefined, 'ru', 'en']
	] as const)(
		'query «%s», cookie %s, Accept-Language %s: page %s, API error %s',
		(query, cookie, accept, page, api) => {
			const src = source(query, cookie, accept);
			expect(requestLang(src, 'ru')).toBe(page);
			expect(apiLang(src)).toBe(api);
		}
	);

	it('reads Accept-Language by weight, then by order; none of ru/kk/en is null', () => {
		const req = (v: string) =>
			new Request('http://127.0.0.1/', { headers: { 'accept-language': v } });
		expect(acceptedLang(req('en;q=0.4, kk;q=0.9, ru;q=0.9'))).toBe('kk');
		expect(acceptedLang(req('fr, de'))).toBeNull();
		expect(acceptedLang(new Request('http://127.0.0.1/'))).toBeNull();
		expect(acceptedLang(undefined)).toBeNull();
	});

	it('without a cookie jar or request (a bare URL) falls back to the default given', () => {
		expect(requestLang({ url: new URL('http://127.0.0.1/') }, 'kk')).toBe('kk');
		expect(apiLang({ url: new URL('http://127.0.0.1/?lang=ru') })).toBe('ru');
		expect(apiLang({ url: new URL('http://127.0.0.1/') })).toBe('en');
	});
});
