/**
 * The write surface's door: who is signed in (the session cookie, checked against the private
 * directory on every request — see $lib/private/accounts), where a request comes from (its
 * Origin must be this site's), and whether it carries the session's CSRF token. With no
 * account configured every route behind this door answers 404: a public deployment has no
 * login and no import at all.
 */
import { error, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { timingSafeEqual } from 'node:crypto';
import { accountsConfigured, sessionAccount, SESSION_MS, type SignedIn } from '../private/accounts';

export const SESSION_COOKIE = 'sarapshy_session';
/** The login form's token before there is a session (double submit: cookie and field). */
export const LOGIN_CSRF_COOKIE = 'sarapshy_login_csrf';

/** 404 when no account can sign in: the write surface does not exist. */
export function requireAccounts(): void {
	if (!accountsConfigured()) error(404, 'Not found');
}

/**
 * Cookie settings: httpOnly, SameSite=Strict, Secure when the site is reached over https.
 * `url.protocol` is https when the request came over TLS, or when adapter-node is told the
 * proxy's header (PROTOCOL_HEADER=x-forwarded-proto) or the public ORIGIN=https://….
 */
export function cookieOptions(url: URL, maxAgeS?: number) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'strict' as const,
		secure: url.protocol === 'https:',
		...(maxAgeS ? { maxAge: maxAgeS } : {})
	};
}

export const SESSION_MAX_AGE_S = Math.floor(SESSION_MS / 1000);

export function signedIn(cookies: Cookies): SignedIn | null {
	return sessionAccount(cookies.get(SESSION_COOKIE));
}

export function sameToken(a: string | null | undefined, b: string | null | undefined): boolean {
	if (!a || !b) return false;
	const x = Buffer.from(a);
	const y = Buffer.from(b);
	return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A write must come from this site's own pages: its Origin header is this origin, and a
 * browser's Sec-Fetch-Site (where sent) says same-origin. A missing Origin is refused too:
 * every browser sends one on a POST.
 */
export function fromThisSite(event: Pick<RequestEvent, 'request' | 'url'>): boolean {
	const origin = event.request.headers.get('origin');
	const site = event.request.headers.get('sec-fetch-site');
	return origin === event.url.origin && (!site || site === 'same-origin');
}
