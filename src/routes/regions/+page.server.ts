import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';
import { filterOptions } from '$lib/server/filters';

export const load = (async ({ url, locals }) => {
	const q = pageQuery(url);
	const [datasets, options] = await Promise.all([
		showDatasets(
			['regions-indicator', 'regions-geo', 'regions-ranking', 'clearance-regions'],
			q,
			locals.lang
		),
		filterOptions(q, locals.lang)
	]);
	return {
		q: { period: q.period ?? null, indicator: q.indicator, group: q.group },
		datasets,
		options
	};
}) satisfies PageServerLoad;
