import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';

/** The public import history: filters in the URL (a permalink), exports as every dataset. */
export const load = (async ({ url, locals }) => {
	const q = pageQuery(url);
	const all = await showDatasets(['data-imports'], q, locals.lang);
	return {
		ds: all['data-imports']!,
		filters: {
			channel: q.channel ?? '',
			result: q.result ?? '',
			form: q.form ?? '',
			region: q.region ?? '',
			period: q.period ?? ''
		}
	};
}) satisfies PageServerLoad;
