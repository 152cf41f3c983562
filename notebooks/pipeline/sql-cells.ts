/**
 * Runs every SQL cell of the staged notebooks against the warehouse, through the Notebook
 * Kit's own DuckDB connector, and writes each result where the kit's Vite plugin looks for it
 * (`.observable/cache/<database>-<hash>.json`). The plugin would otherwise fork one process per
 * cell; running them here gives one clear error naming the notebook and cell when a query
 * fails, and lets the connector load with DuckDB 1.5 (see duckdb-compat-hooks.mjs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { basename, dirname } from 'node:path';
import type { NotebookCell, NotebookFile } from './notebook-file.ts';

interface KitDatabases {
	getDatabaseConfig(sourcePath: string, name: string): Promise<unknown>;
	getDatabase(config: unknown): Promise<(strings: string[]) => Promise<{ rows: unknown[] }>>;
	getQueryCachePath(sourcePath: string, name: string, strings: string[]): Promise<string>;
}

export interface SqlCellResult {
	notebook: string;
	cell: number;
	database: string;
	rows: number;
}

let hooksRegistered = false;

function registerDuckdbCompat(): void {
	if (hooksRegistered) return;
	register('./duckdb-compat-hooks.mjs', import.meta.url);
	hooksRegistered = true;
}

/** A SQL cell the build resolves: a named database, and no `${…}` expressions in the query. */
function isBuildTimeQuery(cell: NotebookCell): boolean {
	return (
		cell.mode === 'sql' &&
		cell.database !== undefined &&
		!cell.database.startsWith('var:') &&
		!/\$\{/.test(cell.value)
	);
}

export async function runSqlCells(notebooks: NotebookFile[]): Promise<SqlCellResult[]> {
	registerDuckdbCompat();
	const databases =
		(await import('@observablehq/notebook-kit/databases')) as unknown as KitDatabases;
	const results: SqlCellResult[] = [];
	for (const notebook of notebooks) {
		for (const cell of notebook.cells.filter(isBuildTimeQuery)) {
			const database = cell.database as string;
			const where = `${basename(notebook.path)} cell ${cell.id} (SQL on database «${database}»)`;
			let result: { rows: unknown[] };
			try {
				const config = await databases.getDatabaseConfig(notebook.path, database);
				const query = await databases.getDatabase(config);
				result = await query([cell.value]);
			} catch (error) {
				const message = error instanceof Error ? error.message : String(error);
				throw new Error(`${where}: ${message}\n--- query ---\n${cell.value}`);
			}
			const cachePath = await databases.getQueryCachePath(notebook.path, database, [cell.value]);
			mkdirSync(dirname(cachePath), { recursive: true });
			writeFileSync(cachePath, JSON.stringify(result));
			results.push({
				notebook: basename(notebook.path),
				cell: cell.id,
				database,
				rows: result.rows.length
			});
		}
	}
	return results;
}
