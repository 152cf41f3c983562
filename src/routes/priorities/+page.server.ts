import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';
import { filterOptions } from '$lib/server/filters';

export const load = (async ({ url, locals }) => {
	const q = pageQuery(url);
	const [datasets, options] = await Promise.all([
		showDatasets(['priorities-regions', 'priorities-groups'], q, locals.lang),
		filterOptions(q, locals.lang)
	]);
	return {
		q: {
			period: q.period ?? null,
			region: q.region ?? null,
			w_rate: q.w_rate,
			w_growth: q.w_growth,
			w_grave: q.w_grave,
			w_recid: q.w_recid,
			w_clear: q.w_clear
		},
		datasets,
		options
	};
}) satisfies PageServerLoad;
