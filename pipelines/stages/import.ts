/**
 * The `import` command's work: expand the named files and directories, import each file in its
 * own transaction (import-file.ts), report progress, and summarise. Exit status is the
 * caller's: `ok` is true only when every named file was imported or was already there.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { FormHint } from '../forms/index.ts';
import { normalizeFormId } from './identify.ts';
import { InputError } from '../forms/types.ts';
import { sayRefusal, type Refusal } from '../../src/lib/i18n/features/import-refusals.ts';
import { importFile, type FileResult, type ImportOptions } from './import-file.ts';
import type { ImportReporter } from './progress.ts';
import { openParsePool, prefetchForm } from './readers.ts';
import { readInputFile } from './read-input.ts';

/** Files read and queued for parsing ahead of the one being written. */
const READ_AHEAD = 3;

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

/** The analyst's `--form` for the parse workers (import-file.ts reads the same on this thread). */
function formHint(opts: ImportOptions): FormHint {
	try {
		return opts.form ? { form: normalizeFormId(opts.form) } : {};
	} catch {
		return {}; // an unknown --form is refused, with its message, by import-file.ts
	}
}

export async function importPaths(
	conn: DuckDBConnection,
	paths: readonly string[],
	opts: ImportOptions,
	reporter?: ImportReporter
): Promise<ImportSummary> {
	const files = expandInputs(paths);
	const results: FileResult[] = [];
	// Workbooks are read and parsed on worker threads a few files ahead (parse-pool.ts) while
	// this thread writes the current one to DuckDB: 2 cores, the JS parse and DuckDB's writes
	// overlap instead of taking turns. The window bounds memory: parsed tables wait in RAM.
	const forms = files.filter((f) => /\.xlsx$/i.test(f)).length;
	const pool = forms > 1 ? await openParsePool() : null;
	// While workbooks are parsed on a worker, DuckDB keeps to one thread: its per-import queries
	// are small (one workbook's cells), and a second DuckDB thread only fights the parser for
	// the second core (validation took ~35 % more CPU with two threads on the 2022 files).
	if (pool) await conn.run('SET threads = 1');
	const ahead = new Map<number, Uint8Array | Error>();
	const readAhead = (i: number) => {
		if (!pool) return;
		for (let k = i; k < Math.min(files.length, i + READ_AHEAD); k++) {
			if (ahead.has(k)) continue;
			try {
				const bytes = readInputFile(files[k]);
				ahead.set(k, bytes);
				// The first file is parsed here while the worker starts (~0.5 s to load the reader).
				if (k > 0) prefetchForm(bytes, basename(files[k]), pool, formHint(opts));
			} catch (err) {
				ahead.set(k, err instanceof Error ? err : new Error(String(err)));
			}
		}
	};
	try {
		for (const [i, path] of files.entries()) {
			reporter?.start(basename(path), i, files.length);
			readAhead(i);
			let result: FileResult;
			try {
				const early = ahead.get(i);
				ahead.delete(i);
				if (early instanceof Error) throw early;
				const bytes = early ?? readInputFile(path);
				result = await importFile(conn, basename(path), bytes, opts);
			} catch (err) {
				// A refusal from the size check says it all; an OS error needs the context.
				const refusal: Refusal =
					err instanceof InputError
						? err.refusal
						: {
								code: 'cannotRead',
								params: { file: path, detail: err instanceof Error ? err.message : String(err) }
							};
				result = {
					file: basename(path),
					sha256: '',
					form: null,
					region: null,
					period: null,
					cells: 0,
					findings: 0,
					status: 'refused',
					error: sayRefusal(refusal, 'en'),
					refusal
				};
			}
			results.push(result);
			reporter?.done(result, i, files.length);
		}
	} finally {
		await pool?.close();
		if (pool) await conn.run('RESET threads');
	}
	reporter?.finish();
	const ok = files.length > 0 && results.every((r) => r.status !== 'refused');
	return { files: results, ok };
}
