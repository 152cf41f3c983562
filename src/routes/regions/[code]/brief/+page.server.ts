/**
 * The one-page brief of a region (issue 17, item 5): for an akimat meeting, printed or saved
 * as PDF from the browser on one A4 page — key figures, the trend, the largest chapters and
 * their growth, the priority rank, findings and sources. Every figure comes from the same
 * datasets as the profile and /priorities (one wording, one cache); only a selection is shown.
 */
import { pageError } from '$lib/server/page-error';
import type { PageServerLoad } from './$types';
import type { Row } from '$lib/dataset';
import { pageQuery, showDatasets } from '$lib/server/view';
import { getRegion } from '$lib/domain/regions';
import { translator } from '$lib/i18n';
import { regionFindingTotal } from '$lib/server/queries/data-quality';

/** How many chapters and growth lines a page has room for. */
const TOP_CHAPTERS = 5;
const TOP_GROWTH = 3;

export const load = (async ({ url, params, locals }) => {
	const region = getRegion(params.code);
	if (!region || region.kind === 'country')
		pageError(locals.lang, 404, 'err.no_region', { code: params.code });
	const tr = translator(locals.lang);
	const q = pageQuery(url, { region: params.code });
	const [ds, findings] = await Promise.all([
		showDatasets(
			[
				'profile-kpis',
				'profile-dynamics',
				'profile-structure',
				'priorities-regions',
				'priorities-groups'
			],
			q,
			locals.lang
		),
		regionFindingTotal(params.code)
	]);
	const kpis = ds['profile-kpis']!;
	const structure = ds['profile-structure']!;
	const ranking = ds['priorities-regions']!;
	const groups = ds['priorities-groups'];
	const name = region[locals.lang];
	const ranked = ranking.rows.filter((r) => r.rank !== null);
	const mine = ranked.find((r) => r.code === params.code);
	const used = [kpis, ds['profile-dynamics']!, structure, ranking, groups].filter(
		(d) => d && d.rows.length
	);
	return {
		code: params.code,
		name,
		title: `${name} — ${tr.t('ux.brief_short')}`,
		period: q.period ?? null,
		kpis: {
			title: kpis.title,
			columns: kpis.columns.filter((c) => c.key !== 'check'),
			rows: kpis.rows
		},
		dynamics: ds['profile-dynamics']!,
		chapters: {
			columns: structure.columns.filter((c) => c.key !== 'who'),
			rows: structure.rows
				.filter((r) => r.who === tr.region(params.code))
				.sort((a, b) => Number(b.registered ?? 0) - Number(a.registered ?? 0))
				.slice(0, TOP_CHAPTERS)
		},
		growth: (groups?.rows ?? [])
			.filter((r: Row) => typeof r.growth === 'number' && (r.growth as number) > 0)
			.slice(0, TOP_GROWTH)
			.map((r: Row) => ({ label: String(r.label), growth: r.growth as number })),
		rank: mine
			? { rank: mine.rank as number, n: ranked.length, score: mine.score as number }
			: null,
		findings: { count: findings, href: `/data?region=${params.code}#data-findings` },
		// Each distinct source line once: the datasets share forms, period and hash.
		sources: [...new Set(used.map((d) => d!.sourceLine))],
		synthetic: used.some((d) => d!.source.synthetic)
	};
}) satisfies PageServerLoad;
