/**
 * The `import` command's work: expand the named files and directories, import each file in its
 * own transaction (import-file.ts), report progress, and summarise. Exit status is the
 * caller's: `ok` is true only when every named file was imported or was already there.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { importFile, type FileResult, type ImportOptions } from './import-file.ts';
import type { ImportReporter } from './progress.ts';
import { prefetchForm } from './readers.ts';

const IMPORTABLE = /\.(xlsx|csv|json)$/i;

export interface ImportSummary {
	files: FileResult[];
	ok: boolean;
}

/** Files named directly are taken as they are; a directory contributes its .xlsx/.csv/.json. */
export function expandInputs(paths: readonly string[]): string[] {
	const out: string[] = [];
	for (const p of paths) {
		let st;
		try {
			st = statSync(p);
		} catch {
			out.push(p); // reported as refused when read
			continue;
		}
		if (st.isDirectory()) {
			const names = readdirSync(p)
				.filter((n) => IMPORTABLE.test(n))
				.sort((a, b) => a.localeCompare(b));
			out.push(...names.map((n) => join(p, n)));
		} else out.push(p);
	}
	return out;
}

export async function importPaths(
	conn: DuckDBConnection,
	paths: readonly string[],
	opts: ImportOptions,
	reporter?: ImportReporter
): Promise<ImportSummary> {
	const files = expandInputs(paths);
	const results: FileResult[] = [];
	// The next file's bytes, read and parsed while DuckDB writes the current one (2 cores: the
	// JS parse and DuckDB's INSERT overlap instead of taking turns).
	let next: { path: string; bytes: Uint8Array } | null = null;
	const readAhead = (i: number) => () => {
		const path = files[i + 1];
		if (!path) return;
		try {
			next = { path, bytes: new Uint8Array(readFileSync(path)) };
			prefetchForm(next.bytes, basename(path));
		} catch {
			next = null; // read again (and reported) in its turn
		}
	};
	for (const [i, path] of files.entries()) {
		reporter?.start(basename(path), i, files.length);
		let result: FileResult;
		try {
			const ahead = next as { path: string; bytes: Uint8Array } | null;
			const bytes = ahead?.path === path ? ahead.bytes : new Uint8Array(readFileSync(path));
			next = null;
			result = await importFile(conn, basename(path), bytes, {
				...opts,
				whileInserting: readAhead(i)
			});
		} catch (err) {
			const msg = err instanceof Error ? err.message : String(err);
			result = {
				file: basename(path),
				sha256: '',
				form: null,
				region: null,
				period: null,
				cells: 0,
				findings: 0,
				status: 'refused',
				error: `${path}: cannot read the file (${msg})`
			};
		}
		results.push(result);
		reporter?.done(result, i, files.length);
	}
	reporter?.finish();
	const ok = files.length > 0 && results.every((r) => r.status !== 'refused');
	return { files: results, ok };
}
