import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';
import { filterOptions } from '$lib/server/filters';

export const load = (async ({ url, locals }) => {
	const q = pageQuery(url);
	const [datasets, options] = await Promise.all([
		showDatasets(['forecast-series'], q, locals.lang),
		filterOptions(q, locals.lang)
	]);
	return { q: { region: q.region ?? null }, datasets, options };
}) satisfies PageServerLoad;
