import type { RequestHandler } from './$types';
import { apiError, readOnlyMethods } from '$lib/server/api';

/** Anything else under /api answers in JSON too, and never accepts writes. */
export const GET: RequestHandler = ({ url }) =>
	apiError(404, `no API route ${url.pathname}; see /api/v1/datasets and docs/API.md`);
export const { POST, PUT, PATCH, DELETE } = readOnlyMethods;
