import type { PageServerLoad } from './$types';
import { exampleCitation, heldSources } from '$lib/server/methodology';

export const load = (async ({ url, locals }) => {
	const [held, citation] = await Promise.all([
		heldSources(),
		exampleCitation(locals.lang, url.origin)
	]);
	return { held, citation };
}) satisfies PageServerLoad;
