/**
 * Real and synthetic never meet in one warehouse (issue 13): the first real official form
 * imported into a warehouse that holds the synthetic demo removes the demo in the same
 * transaction, and `build-default` adds no demo to a warehouse that holds real forms. The
 * published figures (data/published) are real and cited: they stay in either case.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { PROVENANCE_TABLES } from './source-file.ts';

export interface RemovedDemo {
	sources: number;
	/** Form values of the demo (its population figures are counted as sources). */
	cells: number;
}

/**
 * How many real official forms (workbooks or the open-data API) the warehouse holds: what
 * makes it "real".
 */
export async function countRealForms(conn: DuckDBConnection): Promise<number> {
	const r = await conn.runAndReadAll(
		`SELECT count(*)::INTEGER FROM source_file
		 WHERE NOT synthetic AND status <> 'replaced' AND form IN ('1-M', 'СНГ-1', 'opendata-1m')`
	);
	return Number(r.getRowsJS()[0][0]);
}

/**
 * Delete every synthetic source and all that came from it (form values and scopes, the
 * synthetic population, findings, the demo seed) inside the caller's transaction. Returns what
 * was removed, or null when the warehouse held no demo.
 */
export async function removeSyntheticDemo(conn: DuckDBConnection): Promise<RemovedDemo | null> {
	const demo = 'SELECT sha256 FROM source_file WHERE synthetic';
	const counted = await conn.runAndReadAll(
		`SELECT (SELECT count(*) FROM source_file WHERE synthetic)::INTEGER,
		        (SELECT count(*) FROM form_value WHERE scope_id IN
		           (SELECT id FROM form_scope WHERE source_sha256 IN (${demo})))::INTEGER`
	);
	const [sources, cells] = counted.getRowsJS()[0] as [number, number];
	if (sources === 0) return null;
	await conn.run(
		`DELETE FROM form_value WHERE scope_id IN
		 (SELECT id FROM form_scope WHERE source_sha256 IN (${demo}))`
	);
	for (const t of PROVENANCE_TABLES)
		await conn.run(`DELETE FROM ${t} WHERE source_sha256 IN (${demo})`);
	await conn.run('DELETE FROM source_file WHERE synthetic');
	await conn.run(`DELETE FROM meta WHERE key = 'demo.seed'`);
	return { sources, cells };
}

/** The one line the import prints when it removed the demo. */
export function describeRemovedDemo(d: RemovedDemo): string {
	return (
		`removed the synthetic demo: ${d.sources} sources, ${d.cells} cells; ` +
		'this warehouse now holds real data only'
	);
}
