import { redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import type { PageServerLoad } from './$types';
import { IMPORT_ROLES } from '$lib/private/accounts';
import { readImportRecords } from '$lib/private/audit';
import { requireAccounts, signedIn } from '$lib/server/auth';

/** The upload page: 404 without accounts, the login page without a session. */
export const load = (async ({ cookies, locals }) => {
	requireAccounts();
	const me = signedIn(cookies);
	if (!me) redirect(303, '/login?next=/data/import');
	// Signed in, the history shows who imported (the public /data/imports does not).
	const recent = readImportRecords().slice(-20).reverse();
	return {
		title: translator(locals.lang).t('imp.title'), // its own <title> (not in the menu)
		account: { name: me.account, role: me.role },
		csrf: me.csrf,
		canImport: IMPORT_ROLES.includes(me.role),
		recent
	};
}) satisfies PageServerLoad;
