import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiCatch, apiErrorBody, apiLang, datasetResponse, readOnlyMethods } from '$lib/server/api';
import { BadRequest } from '$lib/server/params';
import { scenarioParams } from '$lib/server/scenario/params';
import { scenarioDataset, scenarioResult } from '$lib/server/scenario/view';
import { LANGS, translator, type Lang } from '$lib/i18n';
import { LeverRangeError } from '$lib/scenario';

/**
 * GET /api/v1/scenario?h=&convictions=&convictionsPct=&imprisonmentShare=&timeServedPct=
 * &probationShiftPct=&lang=&format=json|csv|xlsx — the prison population and probation
 * caseload projected under the levers, beside the baseline, with 80/95 % intervals, the
 * parameters and their sources, the backtest and the breaks the model cannot see. A lever
 * outside the range the data supports is 422 with `error.lever`; bad input is 400.
 */
export const GET: RequestHandler = async (event) => {
	const { url, locals } = event;
	const errorLang = apiLang(event);
	try {
		const { levers, rest } = scenarioParams(url.searchParams, ['lang', 'format']);
		const format = rest.format ?? 'json';
		if (format !== 'json' && format !== 'csv' && format !== 'xlsx')
			throw new BadRequest(`format must be json, csv or xlsx, not «${format}»`, 'unknown_format', {
				format,
				allowed: 'json, csv, xlsx'
			});
		if (rest.lang && !(LANGS as readonly string[]).includes(rest.lang))
			throw new BadRequest(
				`lang must be one of ${LANGS.join(', ')}, not «${rest.lang}»`,
				'invalid_parameter',
				{ names: 'lang' }
			);
		const lang = (rest.lang as Lang | undefined) ?? locals.lang;
		const res = await scenarioResult(levers);
		if (format === 'json') return json(res, { headers: { 'Cache-Control': 'no-store' } });
		return datasetResponse(await scenarioDataset(res, translator(lang)), format, lang, 10_000);
	} catch (e) {
		if (e instanceof LeverRangeError)
			return json(
				{
					error: {
						...apiErrorBody(422, e.message, {
							code: 'lever_out_of_range',
							params: { lever: e.lever },
							lang: errorLang
						}),
						lever: e.lever
					}
				},
				{ status: 422, headers: { 'Cache-Control': 'no-store' } }
			);
		if (e instanceof RangeError)
			return json(
				{
					error: apiErrorBody(422, `no scenario: ${e.message}`, {
						code: 'no_scenario',
						lang: errorLang
					})
				},
				{ status: 422, headers: { 'Cache-Control': 'no-store' } }
			);
		return apiCatch(e, errorLang);
	}
};

export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
