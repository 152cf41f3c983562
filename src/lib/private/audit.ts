/**
 * The import audit: one JSON line per file of every import, from the command line or the
 * browser, refused files included — who (the OS user or the account), when, the file's name,
 * size and SHA-256, form, region, period, the result and the findings count. Written by the
 * `etl import` command itself (the web upload runs that command), appended to `imports.jsonl`
 * in the private directory (dir.ts): a refused import publishes no warehouse generation, so the
 * warehouse cannot hold the record of it; and who imported stays out of the public file.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { ensurePrivateDir, fileVersion, privateDir } from './dir';

export const AUDIT_FILE = 'imports.jsonl';

export type ImportChannel = 'cli' | 'web';
export type ImportResult = 'imported' | 'replaced' | 'already-imported' | 'refused' | 'failed';

export interface ImportRecord {
	/** When the import run ended (ISO). */
	at: string;
	channel: ImportChannel;
	/** The OS user (cli) or the account (web). Private: never shown on the public site. */
	by: string;
	file: string;
	bytes: number | null;
	sha256: string | null;
	form: string | null;
	region: string | null;
	period: string | null;
	result: ImportResult;
	/** The refusal or failure, as the importer said it (English). */
	message: string | null;
	/**
	 * The refusal's code and parameters (src/lib/i18n/features/import-refusals.ts), from which
	 * the import history says it in the page's language; null for a failure, absent in records
	 * written before refusals had codes (those are shown as stored, in English).
	 */
	code?: string | null;
	params?: Record<string, unknown> | null;
	cells: number;
	findings: number;
	/** The warehouse generation that published it (null when nothing was published). */
	generation: number | null;
}

/**
 * Who runs this import: the server passes the account in SARAPSHY_IMPORT_BY (`web:NAME`);
 * otherwise it is the OS user running the command. Only the server sets it; someone at the
 * server's shell could set it too, but could equally edit the log: the shell is trusted.
 */
export function importer(): { channel: ImportChannel; by: string } {
	const by = process.env.SARAPSHY_IMPORT_BY;
	if (by?.startsWith('web:') && by.length > 4) return { channel: 'web', by: by.slice(4) };
	let user = process.env.USER || 'unknown';
	try {
		user = userInfo().username;
	} catch {
		/* no passwd entry (a container): keep $USER */
	}
	return { channel: 'cli', by: user };
}

/** Append records in one write (O_APPEND: lines of concurrent writers never interleave). */
export function appendImportRecords(records: readonly ImportRecord[]): void {
	if (!records.length) return;
	const dir = ensurePrivateDir();
	appendFileSync(join(dir, AUDIT_FILE), records.map((r) => JSON.stringify(r) + '\n').join(''), {
		mode: 0o600
	});
}

/** Every record, oldest first (a torn last line from a crash is skipped). */
export function readImportRecords(): ImportRecord[] {
	let text: string;
	try {
		text = readFileSync(join(privateDir(), AUDIT_FILE), 'utf8');
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw e;
	}
	const out: ImportRecord[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		try {
			out.push(JSON.parse(line) as ImportRecord);
		} catch {
			/* a line cut by a crash */
		}
	}
	return out;
}

/** Changes with every appended record: what caches of the history key on. */
export const auditVersion = (): string => fileVersion(AUDIT_FILE);
