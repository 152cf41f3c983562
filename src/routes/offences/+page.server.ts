import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';
import { filterOptions } from '$lib/server/filters';
import { selectedChapter } from '$lib/server/datasets/offences';

export const load = (async ({ url, locals }) => {
	const q = pageQuery(url);
	const chapter = await selectedChapter(q);
	const [datasets, options, forecast] = await Promise.all([
		showDatasets(['offences-table', 'offences-where', 'clearance-chapters'], q, locals.lang),
		filterOptions(q, locals.lang),
		// The selected chapter's forecast (whole years, same region).
		chapter
			? showDatasets(['forecast-series'], { ...q, series: `ch${chapter}` }, locals.lang)
			: Promise.resolve(null)
	]);
	return {
		q: { period: q.period ?? null, region: q.region ?? null, row: q.row ?? null },
		datasets,
		forecast: forecast?.['forecast-series'] ?? null,
		forecastLink: chapter
			? `/forecasts?series=ch${chapter}${q.region ? `&region=${q.region}` : ''}`
			: null,
		options
	};
}) satisfies PageServerLoad;
