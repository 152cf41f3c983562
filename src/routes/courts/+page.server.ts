import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';

export const load = (async ({ url, locals }) => {
	const q = pageQuery(url);
	const datasets = await showDatasets(
		[
			'courts-national',
			'courts-published',
			'courts-articles',
			'courts-bands',
			'courts-punishments'
		],
		q,
		locals.lang
	);
	return { q: { year: q.year ?? null }, datasets };
}) satisfies PageServerLoad;
