import { pageError } from '$lib/server/page-error';
import type { PageServerLoad } from './$types';
import type { ShownDataset } from '$lib/dataset';
import { pageQuery, showDatasets } from '$lib/server/view';
import { bulkCellCounts } from '$lib/server/queries/bulk-cells';
import type { Lang } from '$lib/i18n';

/** Rows per page of the long tables (sources, findings); downloads always hold every row. */
const PAGE_SIZE = 50;

function pageOf(ds: ShownDataset, page: number, param: string, lang: Lang) {
	const pages = Math.max(1, Math.ceil(ds.rows.length / PAGE_SIZE));
	if (page > pages)
		pageError(
			lang,
			400,
			'err.past_last_page',
			{ page, pages },
			`${param}=${page} is past the last page (${pages})`
		);
	return {
		ds: { ...ds, rows: ds.rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) },
		pager: { param, page, pages, total: ds.rows.length }
	};
}

export const load = (async ({ url, locals }) => {
	// The page shows each finding in its language; the stored English sentence (message_en) is
	// for the downloads, which the API builds with it (the export links do not carry this).
	const q = pageQuery(url, { message_en: 'no' });
	const all = await showDatasets(
		['data-sources', 'data-coverage', 'data-findings'],
		q,
		locals.lang
	);
	const sources = pageOf(all['data-sources']!, q.sources_page, 'sources_page', locals.lang);
	const findings = pageOf(all['data-findings']!, q.findings_page, 'findings_page', locals.lang);
	return {
		datasets: {
			'data-sources': sources.ds,
			'data-coverage': all['data-coverage'],
			'data-findings': findings.ds
		},
		pagers: { 'data-sources': sources.pager, 'data-findings': findings.pager } as Record<
			string,
			{ param: string; page: number; pages: number; total: number }
		>,
		search: url.search,
		// «Download everything»: the bulk files offered, real and synthetic apart.
		bulk: await bulkCellCounts(),
		// A figure's findings mark links here filtered to its region, section and period.
		filtered: !!(q.region || q.section || q.period)
	};
}) satisfies PageServerLoad;
