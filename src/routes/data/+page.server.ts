import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';

export const load = (async ({ url, locals }) => {
	const q = pageQuery(url);
	const datasets = await showDatasets(
		['data-sources', 'data-coverage', 'data-findings'],
		q,
		locals.lang
	);
	return { datasets };
}) satisfies PageServerLoad;
