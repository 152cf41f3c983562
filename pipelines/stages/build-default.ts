/**
 * The `build-default` command: the warehouse from the project's own embedded data. The
 * published figures (data/published/*.csv) go through the import path, one file at a time, so
 * `build-default` and `etl import data/published` give the same published_figure table and
 * findings. The synthetic demo panel (pipelines/demo) is added only to a warehouse without
 * real official forms: real and synthetic never meet (a warehouse with real forms gets its
 * published figures refreshed, nothing else).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile, type FileResult } from './import-file.ts';
import { readInputFile } from './read-input.ts';
import { countRealForms, removeSyntheticDemo, type RemovedDemo } from './synthetic-demo.ts';

export const PUBLISHED_DIR = resolve(
	dirname(fileURLToPath(import.meta.url)),
	'../../data/published'
);

export interface DefaultBuildResult {
	/** One result per data/published CSV (imported, replaced or already there). */
	published: FileResult[];
	/** Real official form sources in the warehouse (then no demo is added). */
	realForms: number;
	/** Synthetic sources written (0 when the warehouse holds real forms). */
	synthetic: number;
	/** A demo left beside real forms by an older version, removed now. */
	removedDemo: RemovedDemo | null;
}

export async function buildDefaultWarehouse(conn: DuckDBConnection): Promise<DefaultBuildResult> {
	const published: FileResult[] = [];
	for (const file of readdirSync(PUBLISHED_DIR)
		.filter((f) => f.endsWith('.csv'))
		.sort()) {
		const bytes = readInputFile(resolve(PUBLISHED_DIR, file));
		const r = await importFile(conn, file, bytes);
		if (r.status === 'refused') throw new Error(`data/published/${file}: ${r.error}`);
		published.push(r);
	}
	const realForms = await countRealForms(conn);
	let removedDemo: RemovedDemo | null = null;
	if (realForms > 0) {
		await conn.run('BEGIN TRANSACTION');
		try {
			removedDemo = await removeSyntheticDemo(conn);
			await conn.run('COMMIT');
		} catch (err) {
			await conn.run('ROLLBACK');
			throw err;
		}
	} else {
		// Loaded lazily: the demo generator is only needed by this command.
		const { buildDemo } = await import('../demo/build.ts');
		await buildDemo(conn);
	}
	const r = await conn.runAndReadAll('SELECT count(*)::INTEGER FROM source_file WHERE synthetic');
	return { published, realForms, synthetic: Number(r.getRowsJS()[0][0]), removedDemo };
}

/** What the command prints when it is done. */
export function describeDefaultBuild(path: string, r: DefaultBuildResult): string {
	const rows = r.published.reduce((n, p) => n + p.cells, 0);
	const published =
		`published figures: ${r.published.length} files ` +
		`(${r.published.filter((p) => p.status !== 'already-imported').length} updated), ${rows} rows`;
	if (r.realForms === 0)
		return `warehouse ready: ${path} (${published}; synthetic demo: ${r.synthetic} sources rebuilt)`;
	const removed = r.removedDemo
		? `; removed the synthetic demo left beside them: ${r.removedDemo.sources} sources, ${r.removedDemo.cells} cells`
		: '';
	return (
		`warehouse ready: ${path} (${published}; it holds ${r.realForms} real official forms, ` +
		`so the synthetic demo is not added${removed})`
	);
}
