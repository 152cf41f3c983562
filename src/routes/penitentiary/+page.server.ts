import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';
import { filterOptions } from '$lib/server/filters';
import { scenarioPanel } from '$lib/server/scenario/panel';
import { withoutLevers } from '$lib/server/scenario/params';

export const load = (async ({ url, locals }) => {
	const q = pageQuery(withoutLevers(url)); // the scenario's levers are the panel's own
	const [datasets, options, scenario] = await Promise.all([
		showDatasets(
			['penitentiary-r5', 'penitentiary-prison', 'penitentiary-recidivism'],
			q,
			locals.lang
		),
		filterOptions(q, locals.lang),
		scenarioPanel(url, locals.lang)
	]);
	return {
		q: { period: q.period ?? null, region: q.region ?? null },
		datasets,
		options,
		scenario
	};
}) satisfies PageServerLoad;
