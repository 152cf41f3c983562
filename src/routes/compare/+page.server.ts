import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { showDatasets } from '$lib/server/view';
import { BadRequest, parseViewQuery, type ViewQuery } from '$lib/server/params';
import { COMPARE_MAX_REGIONS } from '$lib/server/compare-params';
import { listPeriods } from '$lib/server/queries/periods';
import { CURRENT_REGIONS } from '$lib/domain/regions';
import { OFFENCE_GROUPS } from '$lib/domain/view-options';
import { translator, type MessageKey } from '$lib/i18n';

/** The page's canonical link: regions as one comma list (the form without JS sends one per box). */
function permalink(q: Partial<ViewQuery>, lang: string | null): string {
	const parts: string[] = [];
	if (q.regions?.length) parts.push(`regions=${q.regions.join(',')}`);
	const rest = new URLSearchParams();
	if (q.indicator) rest.set('indicator', q.indicator);
	if (q.group && q.group !== 'all') rest.set('group', q.group);
	if (q.from !== undefined) rest.set('from', String(q.from));
	if (q.to !== undefined) rest.set('to', String(q.to));
	if (lang) rest.set('lang', lang);
	if (rest.size) parts.push(rest.toString());
	return `/compare${parts.length ? `?${parts.join('&')}` : ''}`;
}

export const load = (async ({ url, locals }) => {
	const tr = translator(locals.lang);
	const sp = new URLSearchParams(url.searchParams);
	// Without JavaScript the form's check boxes send `regions` once per box: one list here.
	const boxes = sp
		.getAll('regions')
		.flatMap((v) => v.split(','))
		.filter(Boolean);
	sp.delete('regions');
	if (boxes.length) sp.set('regions', boxes.join(','));
	// More than five regions: the page says so beside the choices (the API answers 400).
	const refused = boxes.length > COMPARE_MAX_REGIONS ? tr.t('compare.too_many') : null;
	if (refused) sp.delete('regions');
	let q: ViewQuery;
	try {
		q = parseViewQuery(sp);
	} catch (e) {
		if (e instanceof BadRequest) error(400, e.message);
		throw e;
	}
	const [datasets, periods] = await Promise.all([
		refused ? Promise.resolve(null) : showDatasets(['compare'], q, locals.lang),
		listPeriods()
	]);
	const years = [...new Set(periods.filter((p) => p.monthTo === 12).map((p) => p.year))];
	return {
		title: tr.t('compare.title'),
		refused,
		chosen: refused ? boxes : (q.regions ?? []),
		q: {
			indicator: q.indicator === 'count' ? 'count' : 'rate',
			group: q.group,
			from: q.from ?? null,
			to: q.to ?? null
		},
		max: COMPARE_MAX_REGIONS,
		permalink: refused ? null : permalink(q, url.searchParams.get('lang')),
		options: {
			regions: CURRENT_REGIONS.map((r) => ({ value: r.code, label: r[locals.lang] })).sort((a, b) =>
				a.label.localeCompare(b.label, locals.lang)
			),
			indicators: [
				{ value: 'rate', label: tr.t('ind.rate') },
				{ value: 'count', label: tr.t('ind.count') }
			],
			groups: OFFENCE_GROUPS.map((g) => ({ value: g, label: tr.t(`ind.${g}` as MessageKey) })),
			years: years.map(String)
		},
		dataset: datasets?.['compare'] ?? null
	};
}) satisfies PageServerLoad;
