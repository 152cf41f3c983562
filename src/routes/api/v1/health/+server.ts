import { isHttpError, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getConnection } from '$lib/server/db';
import { healthBody } from '$lib/server/health';
import { withoutPaths } from '$lib/server/redact';

/**
 * Is the warehouse open, which generation is served, and what does it hold? The body is
 * computed once per generation ($lib/server/health.ts); while that generation is current,
 * build/index.js answers this route before SvelteKit with the same bytes and headers.
 */
export const GET: RequestHandler = async () => {
	try {
		// Opens the warehouse if needed (a 503 if it cannot be): the key is known after.
		await getConnection();
		return new Response(await healthBody(), {
			headers: { 'content-type': 'application/json' }
		});
	} catch (e) {
		const message = isHttpError(e) ? e.body.message : String((e as Error)?.message ?? e);
		return json(
			{ status: 'unavailable', error: { status: 503, message: withoutPaths(message) } },
			{ status: 503 }
		);
	}
};
