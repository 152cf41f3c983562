/**
 * The `build-default` command: the warehouse from the project's own embedded data (published
 * figures and the synthetic demo panel, both built by pipelines/demo). Re-runnable: the
 * previous demo is removed first, and real imports already in the warehouse are kept (they take
 * precedence over the demo in the views).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rowsOf } from '../validate/findings.ts';
import { removeSources } from './source-file.ts';

export interface DefaultBuildResult {
	removedSynthetic: number;
	keptReal: number;
	synthetic: number;
}

export async function buildDefaultWarehouse(conn: DuckDBConnection): Promise<DefaultBuildResult> {
	// Loaded lazily: the demo generator is only needed by this command.
	const { buildDefault } = await import('../demo/build.ts');
	const old = await rowsOf<{ sha256: string }>(
		conn,
		'SELECT sha256 FROM source_file WHERE synthetic'
	);
	await conn.run('BEGIN TRANSACTION');
	try {
		await removeSources(
			conn,
			old.map((o) => o.sha256)
		);
		await conn.run('COMMIT');
	} catch (err) {
		await conn.run('ROLLBACK');
		throw err;
	}
	await buildDefault(conn);
	const [counts] = await rowsOf<{ real: number; synthetic: number }>(
		conn,
		`SELECT count(*) FILTER (WHERE NOT synthetic)::INTEGER AS real,
		        count(*) FILTER (WHERE synthetic)::INTEGER AS synthetic FROM source_file`
	);
	return { removedSynthetic: old.length, keptReal: counts.real, synthetic: counts.synthetic };
}
