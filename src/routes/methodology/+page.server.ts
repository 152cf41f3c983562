import type { PageServerLoad } from './$types';
import { exampleCitation, heldSources } from '$lib/server/methodology';
import { translator } from '$lib/i18n';

export const load = (async ({ url, locals }) => {
	const [held, citation] = await Promise.all([
		heldSources(),
		exampleCitation(locals.lang, url.origin)
	]);
	// Not in the menu (linked from the footer): its own <title>.
	return { held, citation, title: translator(locals.lang).t('meth.title') };
}) satisfies PageServerLoad;
