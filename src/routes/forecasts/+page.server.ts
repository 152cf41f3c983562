import type { PageServerLoad } from './$types';
import { pageQuery, showDataset } from '$lib/server/view';
import { filterOptions } from '$lib/server/filters';
import { forecastView } from '$lib/server/forecasts/view';
import { translator } from '$lib/i18n';

export const load = (async ({ url, locals }) => {
	const q = pageQuery(url);
	// the forecast is computed once for both datasets
	const [view, options] = await Promise.all([
		forecastView(q, translator(locals.lang)),
		filterOptions(q, locals.lang)
	]);
	const sp = new URLSearchParams();
	for (const k of ['region', 'series', 'h', 'method'] as const) {
		const v = q[k];
		if (v !== undefined) sp.set(k, String(v));
	}
	const refusal = view.result.refusal;
	return {
		q: { region: q.region ?? null, series: q.series, h: q.h, method: q.method },
		api: `/api/v1/forecast?${sp}`,
		// a forecast that cannot be made is one line: no chart, no model card, no source line
		refusal,
		datasets: refusal
			? null
			: {
					'forecast-series': showDataset(view.series, locals.lang),
					'forecast-card': showDataset(view.card, locals.lang)
				},
		options
	};
}) satisfies PageServerLoad;
