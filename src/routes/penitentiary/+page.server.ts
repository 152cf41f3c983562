import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';
import { filterOptions } from '$lib/server/filters';

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
	const q = pageQuery(url);
	const [datasets, options] = await Promise.all([
		showDatasets(PANELS, q, locals.lang),
		filterOptions(q, locals.lang)
	]);
	return { q: { period: q.period ?? null, region: q.region ?? null }, datasets, options };
}) satisfies PageServerLoad;
