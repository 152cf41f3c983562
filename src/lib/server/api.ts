/**
 * Shared pieces of the /api/v1 endpoints: JSON errors with a message, dataset responses
 * in json/csv/xlsx/svg (figures rounded as the page shows them, files named by
 * export-name.ts), and the row limit (a response that would exceed it is refused with 413
 * and a hint, never silently truncated).
 */
import { isHttpError, json } from '@sveltejs/kit';
import type { Dataset } from '../dataset';
import { translator, type Lang } from '../i18n';
import { apiErrorBody, apiLang, type LangSource } from './api-errors';
import type { ApiErrorCode, ApiErrorParams } from '../i18n/features/api-errors';
import { datasetToCsv } from './export/csv';
import { datasetToXlsx } from './export/xlsx';
import { renderChartSvg } from './export/svg';
import { shownDataset, type Precision } from './export/shown';
import { exportFileName } from '../export-name';
import { BadRequest } from './params';
import { withoutPaths } from './redact';

export { apiErrorBody, apiLang } from './api-errors';

export const FORMATS = ['json', 'csv', 'xlsx', 'svg'] as const;
export type Format = (typeof FORMATS)[number];

/** What an error says beyond its English sentence: its code and what the ru/kk sentence names. */
export interface ApiErrorDetail {
	code?: ApiErrorCode;
	params?: ApiErrorParams;
	/** The language of `message` (apiLang); English when not given. */
	lang?: Lang;
}

/**
 * The JSON error body: `{error: {status, code, message}}`, `message` in the request's
 * language (the English sentence in `message_en` as well when that is not English). The code
 * is stable (docs/API.md); without one, it follows from the status.
 */
export function apiError(status: number, message: string, detail: ApiErrorDetail = {}): Response {
	return json({ error: apiErrorBody(status, message, detail) }, { status });
}

/**
 * The web tier never writes: every method but GET and HEAD under /api answers a JSON 405 with
 * `Allow` and the way to change the warehouse. Spread into a route module:
 * `export const { POST, PUT, PATCH, DELETE } = readOnlyMethods`.
 */
function refuseWrite(event: LangSource & { request: Request }): Response {
	const { request, url } = event;
	const res = apiError(
		405,
		`${request.method} is not allowed on ${url.pathname} (allowed: GET, HEAD): the web tier only reads the warehouse; imports run with \`npm run etl\``,
		{
			code: 'method_not_allowed',
			params: { method: request.method, path: url.pathname },
			lang: apiLang(event)
		}
	);
	res.headers.set('Allow', 'GET, HEAD');
	return res;
}
export const readOnlyMethods = {
	POST: refuseWrite,
	PUT: refuseWrite,
	PATCH: refuseWrite,
	DELETE: refuseWrite
};

/**
 * Turn a thrown error into a JSON response: 400 for bad input, the status of an HttpError
 * (503 when the warehouse cannot be opened, see db.ts), 500 otherwise; never an absolute path.
 */
export function apiCatch(e: unknown, lang: Lang = 'en'): Response {
	if (e instanceof BadRequest)
		return apiError(400, e.message, { code: e.code, params: e.params, lang });
	if (isHttpError(e)) return apiError(e.status, withoutPaths(e.body.message), { lang });
	const msg = withoutPaths(e instanceof Error ? e.message : String(e));
	if (/warehouse .* does not exist|IO Error|Could not set lock/i.test(msg))
		return apiError(503, msg, { code: 'warehouse_unavailable', lang });
	console.error(e);
	return apiError(500, `internal error: ${msg}`, { code: 'internal', lang });
}

export function datasetResponse(
	ds: Dataset,
	format: Format,
	lang: Lang,
	limit: number,
	precision: Precision = 'shown',
	errorLang: Lang = 'en'
): Response {
	if (ds.rows.length > limit) {
		return apiError(
			413,
			`${ds.rows.length} rows exceed limit=${limit}; narrow the filters or pass limit up to 10000`,
			{ code: 'too_many_rows', params: { rows: ds.rows.length, limit }, lang: errorLang }
		);
	}
	const tr = translator(lang);
	// Figures as the page shows them; the stored ones beside them only when asked (shown.ts).
	const shown = shownDataset(ds, precision, tr);
	const file = (ext: string) => `attachment; filename="${exportFileName(ds, ext)}"`;
	const headers = { 'Cache-Control': 'no-store' };
	switch (format) {
		case 'json': {
			const { chart: _chart, chartRows: _chartRows, ...rest } = shown;
			return json({ ...rest, chartKind: ds.chart?.kind ?? null }, { headers });
		}
		case 'csv':
			return new Response(datasetToCsv(shown, tr), {
				headers: {
					...headers,
					'Content-Type': 'text/csv; charset=utf-8',
					'Content-Disposition': file('csv')
				}
			});
		case 'xlsx':
			return new Response(datasetToXlsx(shown, tr) as unknown as BodyInit, {
				headers: {
					...headers,
					'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
					'Content-Disposition': file('xlsx')
				}
			});
		case 'svg': {
			const svg = renderChartSvg(ds, tr);
			if (!svg)
				return apiError(404, `dataset ${ds.id} has no chart; ask for .csv, .xlsx or .json`, {
					code: 'no_chart',
					params: { dataset: ds.id },
					lang: errorLang
				});
			return new Response(svg, {
				headers: {
					...headers,
					'Content-Type': 'image/svg+xml; charset=utf-8',
					'Content-Disposition': file('svg')
				}
			});
		}
	}
}
