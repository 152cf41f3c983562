import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { query, warehousePath } from '$lib/server/db';

/** Is the warehouse open, and what does it hold? */
export const GET: RequestHandler = async () => {
	try {
		const sources = await query<{ form: string; files: number; synthetic: boolean }>(
			`SELECT form, count(*)::INTEGER AS files, bool_or(synthetic) AS synthetic
			 FROM source_file GROUP BY form ORDER BY form`
		);
		const periods = await query<{ period: string }>(
			`SELECT DISTINCT period FROM form_cell ORDER BY period`
		);
		return json({
			status: 'ok',
			warehouse: warehousePath(),
			readOnly: true,
			sources,
			periods: periods.map((p) => p.period),
			demoDataInUse: sources.some((s) => s.synthetic)
		});
	} catch (e) {
		return json({ status: 'unavailable', message: (e as Error).message }, { status: 503 });
	}
};
