import { fail, redirect } from '@sveltejs/kit';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { translator } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { attemptLogin, createSession, endSession } from '$lib/private/accounts';
import {
	cookieOptions,
	fromThisSite,
	LOGIN_CSRF_COOKIE,
	requireAccounts,
	sameToken,
	SESSION_COOKIE,
	SESSION_MAX_AGE_S,
	signedIn
} from '$lib/server/auth';

/** Where to go after signing in: a path of this site only (never `//host` or a URL). */
const Next = z
	.string()
	.regex(/^\/(?![/\\])[\w\-./?=&%]*$/)
	.max(200)
	.catch('/data/import');

export const load = (async ({ cookies, url, locals }) => {
	requireAccounts();
	let token = cookies.get(LOGIN_CSRF_COOKIE);
	if (!token || token.length !== 32) {
		token = randomBytes(24).toString('base64url');
		cookies.set(LOGIN_CSRF_COOKIE, token, cookieOptions(url, 3600));
	}
	const me = signedIn(cookies);
	return {
		title: translator(locals.lang).t('acc.login_title'), // its own <title> (not in the menu)
		csrf: me?.csrf ?? token,
		account: me ? { name: me.account, role: me.role } : null,
		next: Next.parse(url.searchParams.get('next') ?? '/data/import')
	};
}) satisfies PageServerLoad;

const Login = z.object({
	name: z.string().min(1).max(64),
	password: z.string().min(1).max(1024),
	csrf: z.string().max(100),
	next: z.string().max(200).optional()
});

export const actions = {
	login: async (event) => {
		requireAccounts();
		const { cookies, url, request } = event;
		if (!fromThisSite(event)) return fail(403, { error: 'origin' as const });
		const parsed = Login.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: 'wrong' as const });
		const f = parsed.data;
		if (!sameToken(f.csrf, cookies.get(LOGIN_CSRF_COOKIE)))
			return fail(403, { error: 'csrf' as const, name: f.name });
		const r = attemptLogin(f.name, f.password, event.getClientAddress());
		if (!r.ok) {
			if (r.reason === 'locked')
				return fail(429, {
					error: 'locked' as const,
					name: f.name,
					until: new Date(r.until).toISOString()
				});
			return fail(401, { error: 'wrong' as const, name: f.name });
		}
		// A new session id on every sign-in (the old one, if any, ends): no fixation.
		const { id } = createSession(r.account.name, cookies.get(SESSION_COOKIE));
		cookies.set(SESSION_COOKIE, id, cookieOptions(url, SESSION_MAX_AGE_S));
		cookies.delete(LOGIN_CSRF_COOKIE, cookieOptions(url));
		redirect(303, Next.parse(f.next ?? '/data/import'));
	},
	logout: async (event) => {
		requireAccounts();
		const { cookies, url, request } = event;
		if (!fromThisSite(event)) return fail(403, { error: 'origin' as const });
		const me = signedIn(cookies);
		const form = await request.formData();
		if (me && !sameToken(String(form.get('csrf') ?? ''), me.csrf))
			return fail(403, { error: 'csrf' as const });
		const id = cookies.get(SESSION_COOKIE);
		if (id) endSession(id);
		cookies.delete(SESSION_COOKIE, cookieOptions(url));
		redirect(303, '/');
	}
} satisfies Actions;
