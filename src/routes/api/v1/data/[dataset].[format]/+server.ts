import type { RequestHandler } from './$types';
import { DATASETS } from '$lib/server/datasets';
import { apiCatch, apiError, datasetResponse, FORMATS, type Format } from '$lib/server/api';
import { parseViewQuery } from '$lib/server/params';
import { buildDataset } from '$lib/server/view';

/** GET /api/v1/data/<dataset>.<json|csv|xlsx|svg>?period=…&region=…: what the pages show. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const builder = DATASETS[params.dataset];
	if (!builder) {
		return apiError(404, `unknown dataset «${params.dataset}»; see /api/v1/datasets for the list`);
	}
	if (!(FORMATS as readonly string[]).includes(params.format)) {
		return apiError(400, `unknown format «${params.format}»; use one of ${FORMATS.join(', ')}`);
	}
	try {
		const q = parseViewQuery(url.searchParams);
		const lang = q.lang ?? locals.lang;
		const ds = await buildDataset(params.dataset, q, lang);
		if (!ds)
			return apiError(
				404,
				`dataset ${params.dataset} is not available for these parameters (is SARAPSHY_GEOJSON set? is region given?)`
			);
		return datasetResponse(ds, params.format as Format, lang, q.limit, q.precision);
	} catch (e) {
		return apiCatch(e);
	}
};
