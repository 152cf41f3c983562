/**
 * The bulk downloads of every form cell. DuckDB writes the file itself (`COPY … TO`, CSV or
 * Parquet) into a private temporary directory, and the response streams it from disk: the
 * server never holds the table (3.5 million cells of the 2022 forms, ~600 MB of CSV) in
 * memory. A warehouse generation never changes, so each file is written once per generation,
 * kind and language and then served again; files of an older generation are removed when a
 * newer one is written. Only temporary files are written: the warehouse stays read-only.
 */
import { createReadStream, fstatSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { generationKey, query } from '../db';
import { bulkCellsSql, type BulkFormat, type BulkQuery } from '../queries/bulk-cells';
import { exportStem } from '../../export-name';

let dir: string | null = null;
function bulkDir(): string {
	if (!dir) {
		dir = mkdtempSync(join(tmpdir(), 'sarapshy-bulk-'));
		const made = dir;
		process.once('exit', () => rmSync(made, { recursive: true, force: true }));
	}
	return dir;
}

/** Files written or being written, by generation, kind, language and format. */
const files = new Map<string, { generation: string; path: Promise<string> }>();

function forget(generation: string): void {
	for (const [key, f] of files) {
		if (f.generation === generation) continue;
		files.delete(key);
		// A response still streaming the file keeps reading it: unlinking frees it afterwards.
		f.path.then((p) => rmSync(p, { force: true })).catch(() => {});
	}
}

async function writeBulk(q: BulkQuery, format: BulkFormat, path: string): Promise<string> {
	const options = format === 'csv' ? '(HEADER)' : '(FORMAT parquet)';
	// The path is ours (no request text in it); the SELECT has no request text either.
	await query(`COPY (${bulkCellsSql(q, format)}) TO '${path.replace(/'/g, "''")}' ${options}`);
	return path;
}

/** The file of every cell of this kind, written on the first request of a generation. */
export function bulkFile(q: BulkQuery, format: BulkFormat): Promise<string> {
	const generation = generationKey();
	const key = `${generation}|${q.kind}|${q.lang ?? 'ru'}|${format}`;
	let f = files.get(key);
	if (!f) {
		forget(generation);
		const name = `${generation.replace(/\W/g, '_')}-${q.kind}-${q.lang ?? 'ru'}.${format}`;
		f = { generation, path: writeBulk(q, format, join(bulkDir(), name)) };
		files.set(key, f);
		f.path.catch(() => files.delete(key));
	}
	return f.path;
}

/** The name of the download: `sarapshy-cells-real-kz-all.csv` (every region, every period). */
export function bulkFileName(q: BulkQuery, format: BulkFormat): string {
	return `${exportStem(`cells-${q.kind}`, null, null)}.${format}`;
}

const CONTENT_TYPE: Record<BulkFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	parquet: 'application/vnd.apache.parquet'
};

export async function bulkResponse(q: BulkQuery, format: BulkFormat): Promise<Response> {
	// Opened at once: a newer generation may unlink the file, never an open descriptor's data.
	const fd = openSync(await bulkFile(q, format), 'r');
	const size = fstatSync(fd).size;
	const body = Readable.toWeb(
		createReadStream('', { fd })
	) as unknown as ReadableStream<Uint8Array>;
	return new Response(body, {
		headers: {
			'Content-Type': CONTENT_TYPE[format],
			'Content-Length': String(size),
			'Content-Disposition': `attachment; filename="${bulkFileName(q, format)}"`,
			'Cache-Control': 'no-store'
		}
	});
}
