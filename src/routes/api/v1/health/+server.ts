import { isHttpError, json } from '@sveltejs/kit';
import { basename } from 'node:path';
import type { RequestHandler } from './$types';
import { cachedQuery, query, warehousePath } from '$lib/server/db';
import { withoutPaths } from '$lib/server/redact';

/** Is the warehouse open, and what does it hold (sources, periods, regions, demo data)? */
export const GET: RequestHandler = async () => {
	try {
		// One entry per form and kind (real or synthetic), current files only: files replaced by
		// a newer one stay in source_file as import history but hold no figures.
		const sources = await query<{ form: string; files: number; synthetic: boolean }>(
			`SELECT form, count(*)::INTEGER AS files, synthetic
			 FROM source_file WHERE status <> 'replaced' GROUP BY form, synthetic ORDER BY form, synthetic`
		);
		// The warehouse is read-only while the server runs: the coverage scan of form_cell (a
		// view over the narrow cell tables) is done once; the source list above is read on every
		// call, so the endpoint still proves the warehouse answers.
		const regions = await cachedQuery<{ form: string; period: string; regions: number }>(
			`SELECT form, period, count(DISTINCT region_code)::INTEGER AS regions
			 FROM form_cell GROUP BY ALL ORDER BY form, period`
		);
		const periods = [...new Set(regions.map((r) => r.period))].sort();
		const findings = await query<{ severity: string; n: number }>(
			`SELECT severity, count(*)::INTEGER AS n FROM finding GROUP BY severity ORDER BY severity`
		);
		return json({
			status: 'ok',
			// the file's name only: no response says where the server's files are
			warehouse: basename(warehousePath()),
			readOnly: true,
			sources,
			periods,
			coverage: regions,
			findings: Object.fromEntries(findings.map((f) => [f.severity, f.n])),
			demoDataInUse: sources.some((s) => s.synthetic)
		});
	} catch (e) {
		const message = isHttpError(e) ? e.body.message : String((e as Error)?.message ?? e);
		return json(
			{ status: 'unavailable', error: { status: 503, message: withoutPaths(message) } },
			{ status: 503 }
		);
	}
};
