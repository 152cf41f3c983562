import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { query, warehousePath } from '$lib/server/db';

/** Is the warehouse open, and what does it hold (sources, periods, regions, demo data)? */
export const GET: RequestHandler = async () => {
	try {
		const sources = await query<{ form: string; files: number; synthetic: boolean }>(
			`SELECT form, count(*)::INTEGER AS files, bool_or(synthetic) AS synthetic
			 FROM source_file GROUP BY form ORDER BY form`
		);
		const periods = await query<{ period: string }>(
			`SELECT DISTINCT period FROM form_cell ORDER BY period`
		);
		const regions = await query<{ form: string; period: string; regions: number }>(
			`SELECT form, period, count(DISTINCT region_code)::INTEGER AS regions
			 FROM form_cell GROUP BY ALL ORDER BY form, period`
		);
		const findings = await query<{ severity: string; n: number }>(
			`SELECT severity, count(*)::INTEGER AS n FROM finding GROUP BY severity ORDER BY severity`
		);
		return json({
			status: 'ok',
			warehouse: warehousePath(),
			readOnly: true,
			sources,
			periods: periods.map((p) => p.period),
			coverage: regions,
			findings: Object.fromEntries(findings.map((f) => [f.severity, f.n])),
			demoDataInUse: sources.some((s) => s.synthetic)
		});
	} catch (e) {
		return json(
			{ status: 'unavailable', error: { status: 503, message: (e as Error).message } },
			{ status: 503 }
		);
	}
};
