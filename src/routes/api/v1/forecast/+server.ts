import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiCatch, apiErrorBody, apiLang, datasetResponse, readOnlyMethods } from '$lib/server/api';
import { BadRequest, parseViewQuery } from '$lib/server/params';
import { forecastJson } from '$lib/server/forecasts/json';
import { forecastView } from '$lib/server/forecasts/view';
import { translator } from '$lib/i18n';

const ALLOWED = ['region', 'series', 'h', 'method', 'lang', 'format'];

/**
 * GET /api/v1/forecast?region=&series=&h=&method=&format=json|csv — the forecast the pages
 * show, with its backtest (model card) and what it was fitted on. Errors are JSON; a forecast
 * that cannot be made (too few whole years after the breaks) is 422 with `error.refusal`, the
 * one-line reason the page shows, in both formats.
 */
export const GET: RequestHandler = async (event) => {
	const { url, locals } = event;
	const errorLang = apiLang(event);
	try {
		const unknown = [...url.searchParams.keys()].filter((k) => !ALLOWED.includes(k));
		if (unknown.length)
			throw new BadRequest(
				`unknown parameter(s) ${unknown.join(', ')}; allowed: ${ALLOWED.join(', ')}`,
				'unknown_parameter',
				{ names: unknown.join(', '), allowed: ALLOWED.join(', ') }
			);
		const format = url.searchParams.get('format') || 'json';
		if (format !== 'json' && format !== 'csv')
			throw new BadRequest(`format must be json or csv, not «${format}»`, 'unknown_format', {
				format,
				allowed: 'json, csv'
			});
		const sp = new URLSearchParams(url.searchParams);
		sp.delete('format');
		const q = parseViewQuery(sp);
		const lang = q.lang ?? locals.lang;
		// one computation per request: the CSV and the JSON both come from this view
		const view = await forecastView(q, translator(lang));
		// a forecast that cannot be made is a clear reason, in either format (no empty table)
		const refusal = view.result.refusal;
		if (refusal)
			return json(
				{
					error: {
						...apiErrorBody(422, `no forecast for these parameters: ${refusal}`, {
							code: 'no_forecast',
							params: { refusal },
							lang: errorLang
						}),
						refusal
					}
				},
				{ status: 422, headers: { 'Cache-Control': 'no-store' } }
			);
		if (format === 'csv') return datasetResponse(view.series, 'csv', lang, 10_000);
		return json(forecastJson(view, q, lang), { headers: { 'Cache-Control': 'no-store' } });
	} catch (e) {
		return apiCatch(e, errorLang);
	}
};

export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
