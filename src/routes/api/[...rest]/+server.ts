import type { RequestHandler } from './$types';
import { apiError } from '$lib/server/api';

/** Anything else under /api answers in JSON too, and never accepts writes. */
const notFound: RequestHandler = ({ url }) =>
	apiError(404, `no API route ${url.pathname}; see /api/v1/datasets and docs/API.md`);
const readOnly: RequestHandler = ({ request, url }) => {
	const res = apiError(
		405,
		`${request.method} is not allowed on ${url.pathname} (allowed: GET, HEAD): the web tier only reads the warehouse; imports run with \`npm run etl\``
	);
	res.headers.set('Allow', 'GET, HEAD');
	return res;
};

export const GET = notFound;
export const POST = readOnly;
export const PUT = readOnly;
export const PATCH = readOnly;
export const DELETE = readOnly;
