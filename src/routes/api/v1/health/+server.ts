import { isHttpError, json } from '@sveltejs/kit';
import { basename } from 'node:path';
import type { RequestHandler } from './$types';
import {
	generationKey,
	getConnection,
	query,
	warehouseGeneration,
	warehousePath
} from '$lib/server/db';
import { withoutPaths } from '$lib/server/redact';

/**
 * What a generation holds, computed once per generation (it never changes): health is cheap,
 * and a new generation (db.ts reopens it) is described on the first call that reads it.
 */
let described: { key: string; body: Promise<string> } | null = null;

async function describe(): Promise<string> {
	// One entry per form and kind (real or synthetic), current files only: files replaced by
	// a newer one stay in source_file as import history but hold no figures.
	const sources = await query<{ form: string; files: number; synthetic: boolean }>(
		`SELECT form, count(*)::INTEGER AS files, synthetic
		 FROM source_file WHERE status <> 'replaced' GROUP BY form, synthetic ORDER BY form, synthetic`
	);
	const regions = await query<{ form: string; period: string; regions: number }>(
		`SELECT form, period, count(DISTINCT region_code)::INTEGER AS regions
		 FROM form_cell GROUP BY ALL ORDER BY form, period`
	);
	const periods = [...new Set(regions.map((r) => r.period))].sort();
	const findings = await query<{ severity: string; n: number }>(
		`SELECT severity, count(*)::INTEGER AS n FROM finding GROUP BY severity ORDER BY severity`
	);
	const gen = warehouseGeneration();
	return JSON.stringify({
		status: 'ok',
		// the file's name only: no response says where the server's files are
		warehouse: basename(warehousePath()),
		readOnly: true,
		// 0 and null: built before generations were recorded (pipelines/publish.ts)
		generation: gen?.generation ?? 0,
		publishedAt: gen?.publishedAt ?? null,
		sources,
		periods,
		coverage: regions,
		findings: Object.fromEntries(findings.map((f) => [f.severity, f.n])),
		demoDataInUse: sources.some((s) => s.synthetic)
	});
}

/** Is the warehouse open, which generation is served, and what does it hold? */
export const GET: RequestHandler = async () => {
	try {
		// Opens the warehouse if needed (a 503 if it cannot be): the key is known after.
		await getConnection();
		const key = generationKey();
		if (described?.key !== key) {
			const body = describe();
			described = { key, body };
			body.catch(() => {
				if (described?.body === body) described = null;
			});
		}
		return new Response(await described.body, {
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
