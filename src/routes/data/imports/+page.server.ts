import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';
import { translator } from '$lib/i18n';

/** The public import history: filters in the URL (a permalink), exports as every dataset. */
export const load = (async ({ url, locals }) => {
	const q = pageQuery(url);
	const all = await showDatasets(['data-imports'], q, locals.lang);
	return {
		// Under /data in the menu: its own <title>, not the data page's.
		title: translator(locals.lang).t('imp.history'),
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
