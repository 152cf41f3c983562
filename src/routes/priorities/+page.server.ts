import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';
import { filterOptions } from '$lib/server/filters';
import { scorePriorities, weightSentences } from '$lib/server/datasets/priorities';
import { translator } from '$lib/i18n';

export const load = (async ({ url, locals }) => {
	const q = pageQuery(url);
	const tr = translator(locals.lang);
	const [datasets, options, scoring] = await Promise.all([
		showDatasets(['priorities-regions', 'priorities-groups'], q, locals.lang),
		filterOptions(q, locals.lang),
		scorePriorities(q, tr)
	]);
	return {
		q: {
			period: q.period ?? null,
			region: q.region ?? null,
			w_rate: q.w_rate,
			w_growth: q.w_growth,
			w_grave: q.w_grave,
			w_recid: q.w_recid,
			w_clear: q.w_clear,
			score_method: q.score_method
		},
		// What the weights did: all zero, dropped for want of data (why), the ones used.
		weights: {
			sentences: weightSentences(scoring, tr),
			dropped: scoring.dropped.map((d) => d.weight)
		},
		datasets,
		options
	};
}) satisfies PageServerLoad;
