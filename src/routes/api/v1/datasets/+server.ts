import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { DATASETS } from '$lib/server/datasets';
import { FORMATS } from '$lib/server/api';
import { ViewQuery } from '$lib/server/params';

/** GET /api/v1/datasets: the datasets, formats and parameters the API serves. */
export const GET: RequestHandler = async () =>
	json({
		datasets: Object.keys(DATASETS).map((id) => ({
			id,
			urls: FORMATS.map((f) => `/api/v1/data/${id}.${f}`)
		})),
		parameters: Object.keys(ViewQuery.shape)
	});
