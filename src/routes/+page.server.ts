import type { PageServerLoad } from './$types';
import { query } from '$lib/server/db';

export const load = (async () => {
	const sources = await query<{ form: string; files: number }>(
		`SELECT form, count(*)::INTEGER AS files FROM source_file GROUP BY form ORDER BY form`
	);
	return { sources };
}) satisfies PageServerLoad;
