/**
 * Every response carries security headers (security-headers.js; static files, which never
 * reach this hook, get them from scripts/adapter-security-headers.js); the pages' CSP comes
 * from svelte.config.js so that SvelteKit can hash its own bootstrap script. Every /api
 * response that is an error is JSON; cross-site form submissions to pages are refused here.
 * Tracking parameters (utm_*, fbclid, …) are dropped from the URL before any route sees it.
 * The language is read from `?lang=` (and then remembered in a cookie) or the cookie; Russian
 * by default (request-lang.ts, which API errors share with another default).
 */
import { json, type Handle } from '@sveltejs/kit';
import { generationKey, withRequestGeneration } from '$lib/server/db';
import { HEALTH_NOW, healthNow } from '$lib/server/health';
import { TRACKING_PARAM } from '$lib/server/params';
import { apiErrorBody, apiLang } from '$lib/server/api-errors';
import { requestLang } from '$lib/server/request-lang';
import { isLang } from '$lib/i18n';
import { FALLBACK_CSP, SECURITY_HEADERS } from '$lib/server/security-headers.js';
import { SESSION_COOKIE } from '$lib/server/auth';

/**
 * A warehouse generation never changes and the CSP uses hashes (no per-request nonce), so a
 * rendered page or dataset export is the same for the same URL, language, day and generation:
 * keep successful page renders and /api/v1/data responses (bounded) and serve them again.
 * Security headers are set below on every response, cached or not.
 */
const pageCache = new Map<string, { day: string; body: Uint8Array; headers: [string, string][] }>();
const PAGE_CACHE_MAX = 300;
const today = () => new Date().toISOString().slice(0, 10);

/** The JSON error body of the API (as $lib/server/api's apiError, without loading the exporters here). */
const apiError = (
	status: number,
	message: string,
	detail: Parameters<typeof apiErrorBody>[2] = {}
) => json({ error: apiErrorBody(status, message, detail) }, { status });

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

// build/index.js answers GET /api/v1/health with this before SvelteKit while the body of the
// current generation is known (scripts/adapter-security-headers.js).
(globalThis as Record<symbol, unknown>)[HEALTH_NOW] = healthNow;

/** Each request reads one warehouse generation from start to end (db.ts). */
export const handle: Handle = (input) => withRequestGeneration(async () => handleRequest(input));

const handleRequest: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	// A shared link keeps working: the routes (and the page cache) never see tracking parameters.
	for (const k of [...event.url.searchParams.keys()])
		if (TRACKING_PARAM.test(k)) event.url.searchParams.delete(k);
	if (!isApi(path) && tooLargeForm(event.request, path)) {
		const message = 'A form submission over 64 KB (or without Content-Length) is refused';
		return withSecurityHeaders(new Response(message, { status: 413 }), path);
	}
	if (!isApi(path) && crossSiteForm(event.request, event.url.origin)) {
		const message = `Cross-site ${event.request.method} form submissions are forbidden`;
		return withSecurityHeaders(new Response(message, { status: 403 }), path);
	}
	if (isApi(path) && !decodable(path)) {
		return withSecurityHeaders(
			apiError(
				400,
				`malformed URL: the path ${path} has a %-escape that is not UTF-8; encode names as UTF-8 (e.g. encodeURIComponent)`,
				{ code: 'malformed_url', params: { path }, lang: apiLang(event) }
			),
			path
		);
	}
	const lang = requestLang(event, 'ru');
	event.locals.lang = lang;
	const fromQuery = event.url.searchParams.get('lang');
	const setsCookie =
		isLang(fromQuery) && fromQuery !== event.cookies.get('lang') && !isApi(event.url.pathname);
	if (setsCookie) {
		event.cookies.set('lang', lang, {
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
		!setsCookie &&
		!personal(event.url.pathname, event.cookies.get(SESSION_COOKIE));
	const key = `${generationKey()}|${lang}|${event.url.pathname}${event.url.search}`;
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
	if (isApi(path))
		response = await asJsonError(response, event.request.method, path, apiLang(event));
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

/**
 * Pages that are never kept in the page cache: the login and import pages (a CSRF token and an
 * account in them), the import history (it changes with every import, refused ones too, which
 * publish no generation), and any request of a signed-in user.
 */
function personal(path: string, session: string | undefined): boolean {
	return (
		!!session ||
		path === '/login' ||
		path.startsWith('/data/import') ||
		path.startsWith('/api/v1/data/data-imports.')
	);
}

/** The only large body the app accepts is an upload (its route counts and caps it itself). */
const MAX_FORM_BYTES = 64 * 1024;

/**
 * adapter-node's BODY_SIZE_LIMIT is raised to the upload limit (scripts/adapter-security-headers.js),
 * so every other write to a page is held to 64 KB here, before anything reads its body (the
 * API reads no body: every write there is a JSON 405).
 */
function tooLargeForm(request: Request, path: string): boolean {
	if (['GET', 'HEAD', 'OPTIONS'].includes(request.method) || path === '/data/import/upload')
		return false;
	const length = request.headers.get('content-length');
	if (length === null) return request.body !== null;
	return !(Number(length) <= MAX_FORM_BYTES);
}

const FORM_TYPES = new Set([
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	'application/x-sveltekit-formdata'
]);

/**
 * SvelteKit's own cross-site form check runs before this hook and answers in plain text, so it
 * is switched off in svelte.config.js (csrf.trustedOrigins) and done here, for pages, with the
 * same rule. The API needs none: it accepts no writes, every write is a JSON 405 whatever its
 * origin.
 */
function crossSiteForm(request: Request, origin: string): boolean {
	if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method)) return false;
	const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
	return FORM_TYPES.has(type) && request.headers.get('origin') !== origin;
}

function decodable(path: string): boolean {
	try {
		// The result is used: the bundler drops a bare decodeURI() call as free of effects.
		return decodeURI(path).length >= 0;
	} catch {
		return false;
	}
}

/**
 * SvelteKit answers some API errors itself, as text or an HTML page: a method a route does not
 * export (405, with Allow), a path it cannot decode, an uncaught error. An API client always
 * gets JSON `{error: {status, message}}`; a 405 always has its Allow header.
 */
async function asJsonError(
	response: Response,
	method: string,
	path: string,
	lang: ReturnType<typeof apiLang>
): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (response.status === 405 && !response.headers.has('allow'))
		response.headers.set('Allow', 'GET, HEAD'); // every API route only reads
	if (response.status < 400) return response;
	let text = '';
	if (type.includes('application/json')) {
		// Ours ({error: …}) stays; SvelteKit's own ({message}, an uncaught error) is rewrapped.
		const body = await response
			.clone()
			.json()
			.catch(() => null);
		if (body?.error) return response;
		text = typeof body?.message === 'string' ? body.message : '';
	} else if (type.startsWith('text/plain')) text = (await response.text()).trim().slice(0, 200);
	const allow = response.headers.get('allow') ?? 'GET, HEAD';
	const message =
		response.status === 405
			? `${method} is not allowed on ${path} (allowed: ${allow}): the web tier only reads the warehouse; imports run with \`npm run etl\``
			: response.status === 404
				? `no API route ${path}; see /api/v1/datasets and docs/API.md`
				: text || `${response.status} ${response.statusText || 'error'}`.trim();
	const code =
		response.status === 405
			? ('method_not_allowed' as const)
			: response.status === 404
				? ('no_route' as const)
				: undefined;
	const out = apiError(response.status, message, { code, params: { method, path }, lang });
	if (response.status === 405) out.headers.set('Allow', allow);
	return out;
}

function withSecurityHeaders(response: Response, path: string): Response {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	if (!response.headers.has('Content-Security-Policy') && isApi(path)) {
		response.headers.set('Content-Security-Policy', FALLBACK_CSP);
	}
	return response;
}
