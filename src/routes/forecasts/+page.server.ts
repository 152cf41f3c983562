import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';
import { filterOptions } from '$lib/server/filters';

export const load = (async ({ url, locals }) => {
	const q = pageQuery(url);
	const [datasets, options] = await Promise.all([
		showDatasets(['forecast-series', 'forecast-card'], q, locals.lang),
		filterOptions(q, locals.lang)
	]);
	const sp = new URLSearchParams();
	for (const k of ['region', 'series', 'h', 'method'] as const) {
		const v = q[k];
		if (v !== undefined) sp.set(k, String(v));
	}
	return {
		q: { region: q.region ?? null, series: q.series, h: q.h, method: q.method },
		api: `/api/v1/forecast?${sp}`,
		datasets,
		options
	};
}) satisfies PageServerLoad;
