import type { RequestHandler } from './$types';
import { DATASETS } from '$lib/server/datasets';
import {
	apiCatch,
	apiError,
	apiLang,
	datasetResponse,
	FORMATS,
	type Format
} from '$lib/server/api';
import { parseViewQuery } from '$lib/server/params';
import { buildDataset } from '$lib/server/view';

/** GET /api/v1/data/<dataset>.<json|csv|xlsx|svg>?period=…&region=…: what the pages show. */
export const GET: RequestHandler = async (event) => {
	const { params, url, locals } = event;
	// Errors in the request's language (apiLang: English when it names none).
	const errorLang = apiLang(event);
	const builder = DATASETS[params.dataset];
	if (!builder) {
		return apiError(404, `unknown dataset «${params.dataset}»; see /api/v1/datasets for the list`, {
			code: 'unknown_dataset',
			params: { dataset: params.dataset },
			lang: errorLang
		});
	}
	if (!(FORMATS as readonly string[]).includes(params.format)) {
		return apiError(400, `unknown format «${params.format}»; use one of ${FORMATS.join(', ')}`, {
			code: 'unknown_format',
			params: { format: params.format, allowed: FORMATS.join(', ') },
			lang: errorLang
		});
	}
	try {
		const q = parseViewQuery(url.searchParams);
		const lang = q.lang ?? locals.lang;
		const ds = await buildDataset(params.dataset, q, lang);
		if (!ds)
			return apiError(
				404,
				`dataset ${params.dataset} is not available for these parameters (is SARAPSHY_GEOJSON set? is region given?)`,
				{ code: 'dataset_unavailable', params: { dataset: params.dataset }, lang: errorLang }
			);
		return datasetResponse(ds, params.format as Format, lang, q.limit, q.precision, errorLang);
	} catch (e) {
		return apiCatch(e, errorLang);
	}
};
