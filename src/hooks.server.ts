/**
 * Every response carries security headers; the CSP itself comes from svelte.config.js so that
 * SvelteKit can hash its own bootstrap script. The language is read from `?lang=` (and then
 * remembered in a cookie) or the cookie; Russian by default.
 */
import type { Handle } from '@sveltejs/kit';

const LANGS = new Set(['ru', 'kk', 'en']);

/**
 * The warehouse is read-only while the server runs and the CSP uses hashes (no per-request
 * nonce), so a rendered page or dataset export is the same for the same URL, language and
 * day: keep successful page renders and /api/v1/data responses (bounded) and serve them again.
 * Security headers are set below on every response, cached or not.
 */
const pageCache = new Map<string, { day: string; body: Uint8Array; headers: [string, string][] }>();
const PAGE_CACHE_MAX = 300;
const today = () => new Date().toISOString().slice(0, 10);

export const handle: Handle = async ({ event, resolve }) => {
	const fromQuery = event.url.searchParams.get('lang');
	const fromCookie = event.cookies.get('lang');
	const lang = (
		fromQuery && LANGS.has(fromQuery)
			? fromQuery
			: fromCookie && LANGS.has(fromCookie)
				? fromCookie
				: 'ru'
	) as App.Locals['lang'];
	event.locals.lang = lang;
	const setsCookie =
		!!fromQuery &&
		LANGS.has(fromQuery) &&
		fromQuery !== fromCookie &&
		!event.url.pathname.startsWith('/api/');
	if (setsCookie) {
		event.cookies.set('lang', fromQuery, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			secure: false,
			maxAge: 60 * 60 * 24 * 365
		});
	}
	const cacheable =
		event.request.method === 'GET' &&
		(!event.url.pathname.startsWith('/api/') || event.url.pathname.startsWith('/api/v1/data/')) &&
		!event.url.pathname.startsWith('/_app/') &&
		!event.isDataRequest &&
		!setsCookie;
	const key = `${lang}|${event.url.pathname}${event.url.search}`;
	const hit = cacheable ? pageCache.get(key) : undefined;
	if (hit && hit.day === today()) {
		return withSecurityHeaders(
			new Response(hit.body as unknown as BodyInit, {
				status: 200,
				headers: new Headers(hit.headers)
			}),
			event.url.pathname
		);
	}
	let response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
	if (cacheable && response.status === 200 && !response.headers.has('set-cookie')) {
		const body = new Uint8Array(await response.arrayBuffer());
		if (pageCache.size >= PAGE_CACHE_MAX) pageCache.delete(pageCache.keys().next().value as string);
		pageCache.set(key, { day: today(), body, headers: [...response.headers] });
		response = new Response(body as unknown as BodyInit, {
			status: 200,
			headers: response.headers
		});
	}
	return withSecurityHeaders(response, event.url.pathname);
};

function withSecurityHeaders(response: Response, path: string): Response {
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	if (!response.headers.has('Content-Security-Policy') && path.startsWith('/api/')) {
		response.headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
	}
	return response;
}
