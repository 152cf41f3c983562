import { pageError } from '$lib/server/page-error';
import type { PageServerLoad } from './$types';
import { pageQuery, showDatasets } from '$lib/server/view';
import { filterOptions } from '$lib/server/filters';
import { lineageNotes } from '$lib/server/datasets';
import { getRegion } from '$lib/domain/regions';
import { translator } from '$lib/i18n';
import { regionFindingTotal } from '$lib/server/queries/data-quality';

export const load = (async ({ url, params, locals }) => {
	const region = getRegion(params.code);
	if (!region || region.kind === 'country')
		pageError(locals.lang, 404, 'err.no_region', { code: params.code });
	const q = pageQuery(url, { region: params.code });
	const [datasets, options, findings] = await Promise.all([
		showDatasets(
			['profile-kpis', 'profile-structure', 'profile-dynamics', 'forecast-series'],
			q,
			locals.lang
		),
		filterOptions(q, locals.lang),
		regionFindingTotal(params.code)
	]);
	return {
		code: params.code,
		name: region[locals.lang],
		// The page's <title> (+layout.svelte): «Акмолинская область — Профиль региона — Sarapshy».
		title: `${region[locals.lang]} — ${translator(locals.lang).t('profile.title')}`,
		lineage: lineageNotes(params.code, translator(locals.lang)),
		q: { period: q.period ?? null },
		// Every finding of the region's workbooks, besides the marks on the figures below.
		findings: { count: findings, href: `/data?region=${params.code}#data-findings` },
		datasets,
		options
	};
}) satisfies PageServerLoad;
