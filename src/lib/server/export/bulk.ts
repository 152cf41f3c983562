/**
 * The bulk downloads of every form cell. DuckDB writes the file itself (`COPY … TO`, CSV or
 * Parquet) into a private temporary directory, and the response streams it from disk: the
 * server never holds the table (3.5 million cells of the 2022 forms, ~600 MB of CSV) in
 * memory. The CSV is kept gzipped (683 MB of text for the 2022 forms is 14 MB compressed): it
 * is sent as it is with `Content-Encoding: gzip` to
 * clients that accept gzip (every browser, curl --compressed) and inflated on the fly for the
 * rest. A warehouse generation never changes, so each file is written once per generation,
 * kind and language and then served again; files of an older generation are removed when a
 * newer one is written. Only temporary files are written: the warehouse stays read-only.
 */
import { createReadStream, fstatSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
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
	const options = format === 'csv' ? '(HEADER, COMPRESSION gzip)' : '(FORMAT parquet)';
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
		const ext = format === 'csv' ? 'csv.gz' : format;
		const name = `${generation.replace(/\W/g, '_')}-${q.kind}-${q.lang ?? 'ru'}.${ext}`;
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

/** Whether the client said it takes gzip (a `gzip;q=0` refuses it). */
export function acceptsGzip(acceptEncoding: string | null): boolean {
	for (const part of (acceptEncoding ?? '').split(',')) {
		const [coding, ...params] = part.trim().toLowerCase().split(';');
		if (coding !== 'gzip' && coding !== '*') continue;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		return !q || Number(q.slice(2)) > 0;
	}
	return false;
}

export async function bulkResponse(
	q: BulkQuery,
	format: BulkFormat,
	acceptEncoding: string | null = null
): Promise<Response> {
	// Opened at once: a newer generation may unlink the file, never an open descriptor's data.
	const fd = openSync(await bulkFile(q, format), 'r');
	const size = fstatSync(fd).size;
	const file = createReadStream('', { fd });
	const headers: Record<string, string> = {
		'Content-Type': CONTENT_TYPE[format],
		'Content-Disposition': `attachment; filename="${bulkFileName(q, format)}"`,
		'Cache-Control': 'no-store'
	};
	let stream: Readable = file;
	if (format === 'csv') {
		headers['Vary'] = 'Accept-Encoding';
		if (acceptsGzip(acceptEncoding)) {
			headers['Content-Encoding'] = 'gzip';
			headers['Content-Length'] = String(size);
		} else {
			stream = file.pipe(createGunzip());
			file.once('error', (e) => stream.destroy(e));
		}
	} else {
		headers['Content-Length'] = String(size);
	}
	const body = Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>;
	return new Response(body, { headers });
}
