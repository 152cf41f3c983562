import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiCatch, apiError, datasetResponse } from '$lib/server/api';
import { BadRequest, parseViewQuery } from '$lib/server/params';
import { forecastJson } from '$lib/server/forecasts/json';
import { forecastView } from '$lib/server/forecasts/view';
import { translator } from '$lib/i18n';

const ALLOWED = ['region', 'series', 'h', 'method', 'lang', 'format'];

/**
 * GET /api/v1/forecast?region=&series=&h=&method=&format=json|csv — the forecast the pages
 * show, with its backtest (model card) and what it was fitted on. Errors are JSON.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	try {
		const unknown = [...url.searchParams.keys()].filter((k) => !ALLOWED.includes(k));
		if (unknown.length)
			throw new BadRequest(
				`unknown parameter(s) ${unknown.join(', ')}; allowed: ${ALLOWED.join(', ')}`
			);
		const format = url.searchParams.get('format') || 'json';
		if (format !== 'json' && format !== 'csv')
			throw new BadRequest(`format must be json or csv, not «${format}»`);
		const sp = new URLSearchParams(url.searchParams);
		sp.delete('format');
		const q = parseViewQuery(sp);
		const lang = q.lang ?? locals.lang;
		// one computation per request: the CSV and the JSON both come from this view
		const view = await forecastView(q, translator(lang));
		if (format === 'csv') return datasetResponse(view.series, 'csv', lang, 10_000);
		const body = forecastJson(view, q, lang);
		if (!body.forecast.length)
			return apiError(422, `no forecast for these parameters: ${body.refusal}`);
		return json(body, { headers: { 'Cache-Control': 'no-store' } });
	} catch (e) {
		return apiCatch(e);
	}
};

const readOnly: RequestHandler = () =>
	apiError(405, 'the web tier only reads the warehouse; imports run with `npm run etl`');
export const POST = readOnly;
export const PUT = readOnly;
export const PATCH = readOnly;
export const DELETE = readOnly;
