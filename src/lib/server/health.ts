/**
 * What /api/v1/health answers: whether the warehouse is open, which generation is served and
 * what it holds. A generation never changes, so the body is computed once per generation (the
 * first request that reads it) and kept as bytes; `healthNow` hands it out without a query or
 * a wait while that generation is still current, so that build/index.js can answer the probe
 * of monitors and load balancers before the request reaches SvelteKit (issue 14: p95 ≤ 5 ms).
 */
import { basename } from 'node:path';
import { currentKeyNow, generationKey, query, warehouseGeneration, warehousePath } from './db';

let described: { key: string; body: Promise<string>; ready: Buffer | null } | null = null;

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

/** The body for the generation this request reads (it must have opened it: getConnection). */
export function healthBody(): Promise<string> {
	const key = generationKey();
	if (described?.key !== key) {
		const entry: NonNullable<typeof described> = { key, body: describe(), ready: null };
		described = entry;
		entry.body.then(
			(b) => void (entry.ready = Buffer.from(b)),
			() => {
				if (described === entry) described = null;
			}
		);
	}
	return described.body;
}

/** The body as bytes, if it is computed for the generation that is current now; else null. */
export function healthNow(): Buffer | null {
	const key = currentKeyNow();
	return key !== null && described?.key === key ? described.ready : null;
}

/** Where build/index.js finds `healthNow` (it loads SvelteKit's server, not this module). */
export const HEALTH_NOW = Symbol.for('sarapshy.healthNow');
