/**
 * Every response carries security headers; the CSP itself comes from svelte.config.js so that
 * SvelteKit can hash its own bootstrap script. The language is read from `?lang=` (and then
 * remembered in a cookie) or the cookie; Russian by default.
 */
import type { Handle } from '@sveltejs/kit';

const LANGS = new Set(['ru', 'kk', 'en']);

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
	if (
		fromQuery &&
		LANGS.has(fromQuery) &&
		fromQuery !== fromCookie &&
		!event.url.pathname.startsWith('/api/')
	) {
		event.cookies.set('lang', fromQuery, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			secure: false,
			maxAge: 60 * 60 * 24 * 365
		});
	}
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	if (!response.headers.has('Content-Security-Policy') && event.url.pathname.startsWith('/api/')) {
		response.headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
	}
	return response;
};
