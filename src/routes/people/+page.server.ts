import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';
import { filterOptions } from '$lib/server/filters';
import { PEOPLE_DATASETS } from '$lib/server/datasets/people';

export const load = (async ({ url, locals }) => {
	const q = pageQuery(url);
	const [datasets, options] = await Promise.all([
		showDatasets([...PEOPLE_DATASETS], q, locals.lang),
		filterOptions(q, locals.lang)
	]);
	return {
		q: { period: q.period ?? null, region: q.region ?? null },
		ids: [...PEOPLE_DATASETS],
		datasets,
		options
	};
}) satisfies PageServerLoad;
