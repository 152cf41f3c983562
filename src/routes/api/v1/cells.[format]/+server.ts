import type { RequestHandler } from './$types';
import { apiCatch, apiError, apiLang, datasetResponse } from '$lib/server/api';
import { formCells, parseCellQuery } from '$lib/server/queries/form-cells';
import { sourceInfo } from '$lib/server/queries/source-info';
import { singleValuedParams } from '$lib/server/params';

/** GET /api/v1/cells.<json|csv|xlsx>?form=1-M&period=2022&region=KZ-11&section=R1 — raw cells, bounded. */
export const GET: RequestHandler = async (event) => {
	const { params, url, locals } = event;
	const errorLang = apiLang(event);
	if (!['json', 'csv', 'xlsx'].includes(params.format)) {
		return apiError(400, `unknown format «${params.format}»; use json, csv or xlsx`, {
			code: 'unknown_format',
			params: { format: params.format, allowed: 'json, csv, xlsx' },
			lang: errorLang
		});
	}
	try {
		// One value per parameter (a repeat is refused), tracking parameters ignored.
		const q = parseCellQuery(new URLSearchParams(singleValuedParams(url.searchParams)));
		const rows = await formCells(q);
		const keys = rows.length
			? Object.keys(rows[0])
			: ['form', 'region', 'period', 'section', 'row', 'grafa', 'value'];
		const ds = {
			id: 'cells',
			title: `${q.form} ${q.period}${q.region ? ' ' + q.region : ''}${q.section ? ' ' + q.section : ''}`,
			columns: keys.map((k) => ({
				key: k,
				label: k,
				kind: k === 'value' ? ('number' as const) : ('text' as const),
				// Figures as published (some hold thousandths of tenge): never rounded.
				asIs: k === 'value'
			})),
			rows,
			source: await sourceInfo({ forms: [q.form], regions: q.region ?? 'all', period: q.period }),
			query: url.search
		};
		return datasetResponse(
			ds,
			params.format as 'json',
			q.lang ?? locals.lang,
			q.limit,
			undefined,
			errorLang
		);
	} catch (e) {
		return apiCatch(e, errorLang);
	}
};
