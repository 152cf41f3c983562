/**
 * The browser import runs the very command analysts run on the server, `npm run etl -- import
 * FILE --json` (pipelines/etl.mjs, as a child process): the same identification, refusals,
 * limits, findings, one transaction per file, the writer lock and the atomic publish of a new
 * generation, and the same audit record (with the account as SARAPSHY_IMPORT_BY). The server
 * stays responsive: the import's CPU and memory are another process's.
 *
 * Uploaded bytes go to the private directory (`uploads/<random>/<original name>`, 0700/0600),
 * never under the served tree, counted while they stream in and cut off past the 100 MB limit.
 * A file kept for a confirmation (`--replace`) is remembered here for an hour, for its account.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { appendImportRecords } from '../private/audit';
import { ensurePrivateDir, privateDir } from '../private/dir';
import { warehousePath } from './db';
import { withoutPaths } from './redact';
import { sayRefusal, type Refusal } from '../i18n/features/import-refusals';

/** Every string inside a JSON value through `clean` (paths cut to names). */
function cleanStrings(v: unknown, clean: (s: string) => string): unknown {
	if (typeof v === 'string') return clean(v);
	if (Array.isArray(v)) return v.map((x) => cleanStrings(x, clean));
	if (v && typeof v === 'object')
		return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cleanStrings(x, clean)]));
	return v;
}

/** The importer's own limit (pipelines/xlsx/limits.ts MAX_FILE_BYTES). */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
const KEEP_MS = 3600_000;

/** The importer's own refusal of a file over the limit (pipelines/stages/read-input.ts). */
export function tooLargeRefusal(name: string, size: number): Refusal<'fileTooLarge'> {
	return { code: 'fileTooLarge', params: { file: name, size, limit: MAX_UPLOAD_BYTES } };
}

/** The upload grew past the limit while it streamed in (`bytes`: counted when cut off). */
export class UploadTooLarge extends Error {
	constructor(readonly bytes: number) {
		super(`upload larger than ${MAX_UPLOAD_BYTES} bytes`);
	}
}

const uploadsDir = () => join(ensurePrivateDir(), 'uploads');

/** Uploads older than an hour (kept for a confirmation never given, or left by a crash). */
function sweep(): void {
	const dir = uploadsDir();
	let names: string[] = [];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	for (const n of names) {
		const p = join(dir, n);
		try {
			if (Date.now() - statSync(p).mtimeMs > KEEP_MS) rmSync(p, { recursive: true, force: true });
		} catch {
			/* gone */
		}
	}
}

export interface Upload {
	id: string;
	path: string;
	name: string;
	bytes: number;
	account: string;
}

const kept = new Map<string, Upload & { until: number }>();

/** Stream a request body to a fresh private file, refusing it past the limit. */
export async function saveUpload(
	body: ReadableStream<Uint8Array>,
	name: string,
	account: string
): Promise<Upload> {
	sweep();
	const id = randomBytes(16).toString('hex');
	const dir = join(uploadsDir(), id);
	mkdirSync(dir, { recursive: true, mode: 0o700 });
	const path = join(dir, name);
	const fh = await open(path, 'wx', 0o600);
	let bytes = 0;
	try {
		for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
			bytes += chunk.byteLength;
			if (bytes > MAX_UPLOAD_BYTES) throw new UploadTooLarge(bytes);
			await fh.write(chunk);
		}
	} catch (e) {
		await fh.close();
		rmSync(dir, { recursive: true, force: true });
		throw e;
	}
	await fh.close();
	return { id, path, name, bytes, account };
}

export function keepUpload(u: Upload): void {
	kept.set(u.id, { ...u, until: Date.now() + KEEP_MS });
}

/** A kept upload of this account (for the replacement's check and confirmation). */
export function keptUpload(id: string, account: string): Upload | null {
	const u = kept.get(id);
	if (!u || u.account !== account || u.until < Date.now()) return null;
	try {
		statSync(u.path);
	} catch {
		kept.delete(id);
		return null;
	}
	return u;
}

export function discardUpload(u: Upload): void {
	kept.delete(u.id);
	rmSync(resolve(u.path, '..'), { recursive: true, force: true });
}

/** A file refused before the importer ran (too large) is recorded in the audit all the same. */
export function auditRefusedUpload(name: string, bytes: number, account: string, refusal: Refusal) {
	appendImportRecords([
		{
			at: new Date().toISOString(),
			channel: 'web',
			by: account,
			file: name,
			bytes,
			sha256: null,
			form: null,
			region: null,
			period: null,
			result: 'refused',
			message: sayRefusal(refusal, 'en'),
			code: refusal.code,
			params: refusal.params,
			cells: 0,
			findings: 0,
			generation: null
		}
	]);
}

export interface ImportOptions {
	period?: string;
	form?: string;
	region?: string;
	replace?: boolean;
	dryRun?: boolean;
}

export interface ImportRun {
	/** The command's exit status: 0 imported, 1 refused, 75 another import held the lock. */
	code: number;
	/** `etl import --json`'s summary (absent when the command failed before it). */
	summary: { files: Record<string, unknown>[]; ok: boolean } | null;
	generation: number | null;
	/** The command's messages, paths cut to names. */
	log: string;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Run `etl import` on one uploaded file as `account`. One at a time from this server (two
 * imports would only wait for each other's lock); the command itself waits up to two minutes
 * for an import started elsewhere, then exits 75.
 */
export function runImport(u: Upload, opts: ImportOptions): Promise<ImportRun> {
	const args = [resolve('pipelines/etl.mjs'), 'import', u.path, '--json', '--wait', '120'];
	if (opts.period) args.push('--period', opts.period);
	if (opts.form) args.push('--form', opts.form);
	if (opts.region) args.push('--region', opts.region);
	if (opts.replace) args.push('--replace');
	if (opts.dryRun) args.push('--dry-run');
	const run = () =>
		new Promise<ImportRun>((done, fail) => {
			const child = spawn(process.execPath, args, {
				cwd: process.cwd(),
				env: {
					...process.env,
					SARAPSHY_DB: warehousePath(),
					SARAPSHY_ADMIN_DIR: privateDir(),
					SARAPSHY_IMPORT_BY: `web:${u.account}`
				},
				stdio: ['ignore', 'pipe', 'pipe']
			});
			let out = '';
			let err = '';
			child.stdout.on('data', (d) => (out += d));
			child.stderr.on('data', (d) => (err += d));
			child.on('error', fail);
			child.on('close', (code) => {
				let summary: ImportRun['summary'] = null;
				try {
					summary = out.trim() ? JSON.parse(out) : null;
				} catch {
					/* no summary: the log says why */
				}
				const dir = resolve(u.path, '..');
				const clean = (s: string) => withoutPaths(s.split(dir + '/').join(''));
				if (summary)
					for (const f of summary.files) {
						if (typeof f.error === 'string') f.error = clean(f.error);
						// The refusal's parameters name the file too (a path when it could not be read).
						if (f.refusal && typeof f.refusal === 'object')
							f.refusal = cleanStrings(f.refusal, clean);
					}
				const published = /published generation (\d+)/.exec(err);
				done({
					code: code ?? 1,
					summary,
					generation: published ? Number(published[1]) : null,
					log: clean(err).slice(-4000)
				});
			});
		});
	const next = queue.then(run, run);
	queue = next.catch(() => undefined);
	return next;
}
