import type { RequestHandler } from './$types';
import { apiCatch, apiError, readOnlyMethods } from '$lib/server/api';
import { bulkResponse } from '$lib/server/export/bulk';
import { BULK_FORMATS, bulkCellCounts, parseBulkQuery } from '$lib/server/queries/bulk-cells';
import type { BulkFormat } from '$lib/server/queries/bulk-cells';
import { singleValuedParams } from '$lib/server/params';
import { apiLang } from '$lib/server/api-errors';

/**
 * GET /api/v1/bulk/cells.<csv|parquet>?kind=real|synthetic — every form cell of one kind with
 * its source columns, streamed from a file DuckDB writes (export/bulk.ts).
 */
export const GET: RequestHandler = async (event) => {
	const { params, url, locals, request } = event;
	const lang = apiLang(event);
	if (!(BULK_FORMATS as readonly string[]).includes(params.format)) {
		return apiError(400, `unknown format «${params.format}»; use csv or parquet`, {
			code: 'unknown_format',
			params: { format: params.format, allowed: 'csv, parquet' },
			lang
		});
	}
	try {
		const q = parseBulkQuery(singleValuedParams(url.searchParams));
		const counts = await bulkCellCounts();
		if (!counts[q.kind]) {
			const other = q.kind === 'real' ? 'synthetic' : 'real';
			return apiError(
				404,
				`this warehouse holds no ${q.kind} form cells` +
					(counts[other] ? `; kind=${other} gives its ${counts[other]} ${other} cells` : ''),
				{
					code: 'no_cells_of_kind',
					params: { kind: q.kind, other, otherCount: counts[other] || undefined },
					lang
				}
			);
		}
		return await bulkResponse(
			{ ...q, lang: q.lang ?? locals.lang },
			params.format as BulkFormat,
			request.headers.get('accept-encoding')
		);
	} catch (e) {
		return apiCatch(e, lang);
	}
};

export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
