/**
 * The security headers of every response — rendered pages, the API and the static assets
 * (build/client, served by adapter-node's sirv before SvelteKit's hooks run). One list, read
 * by hooks.server.ts and by the adapter wrapper in svelte.config.js that puts them on the
 * static files; plain JavaScript so that svelte.config.js can import it.
 */

/** @type {Readonly<Record<string, string>>} */
export const SECURITY_HEADERS = Object.freeze({
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	'Referrer-Policy': 'same-origin',
	'Cross-Origin-Opener-Policy': 'same-origin',
	// The dashboard uses none of these; only features Chromium and Firefox recognise are named
	// (an unknown one is logged as a console error on every page).
	'Permissions-Policy':
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'
});

/**
 * The CSP of a response that brings none of its own: API bodies and static files, opened
 * directly, may run nothing and may not be framed. Rendered pages carry SvelteKit's CSP
 * (svelte.config.js), which replaces this one.
 */
export const FALLBACK_CSP =
	"default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'";
