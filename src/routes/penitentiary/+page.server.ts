import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';
import { filterOptions } from '$lib/server/filters';
import { scenarioPanel } from '$lib/server/scenario/panel';
import { withoutLevers } from '$lib/server/scenario/params';

/** The page's panels, in order (one more block is one more id here and one line in +page.svelte). */
const PANELS = [
	'penitentiary-r5',
	'penitentiary-articles',
	'penitentiary-trend',
	'penitentiary-rate',
	'penitentiary-prison',
	'penitentiary-probation',
	'penitentiary-context',
	'penitentiary-recidivism'
];

export const load = (async ({ url, locals }) => {
	const q = pageQuery(withoutLevers(url)); // the scenario's levers are the panel's own
	const [datasets, options, scenario] = await Promise.all([
		showDatasets(PANELS, q, locals.lang),
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
