import type { RequestHandler } from './$types';
import { apiError, apiLang, readOnlyMethods } from '$lib/server/api';

/** Anything else under /api answers in JSON too, and never accepts writes. */
export const GET: RequestHandler = (event) =>
	apiError(404, `no API route ${event.url.pathname}; see /api/v1/datasets and docs/API.md`, {
		code: 'no_route',
		params: { path: event.url.pathname },
		lang: apiLang(event)
	});
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
