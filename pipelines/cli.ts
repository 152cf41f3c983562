/**
 * The `etl` command: `npm run etl -- <command>`. A thin dispatcher over pipelines/stages.
 * Logs and progress go to stderr, data to the warehouse (SARAPSHY_DB), `--json` to stdout;
 * the exit status is 0 only when everything asked for was done.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { appendImportRecords, importer, type ImportRecord } from '../src/lib/private/audit.ts';
import { MAX_FILE_BYTES } from './xlsx/limits.ts';
import { expandInputs, type ImportSummary } from './stages/import.ts';
import { BUSY_EXIT, ImportBusy } from './import-lock.ts';
import { writeNextGeneration, type Generation } from './publish.ts';
import { openPublishedWarehouse, warehousePath, type Warehouse } from './warehouse.ts';
import { FORM_ALIASES, REGION_CODES } from './stages/identify.ts';
import {
	buildDefaultWarehouse,
	buildReport,
	describeDefaultBuild,
	createReporter,
	formatCell,
	formatReport,
	importPaths,
	lookupCell
} from './stages/index.ts';

const USAGE = `usage: npm run etl -- <command>
  import <file|dir>... [--period P] [--form F] [--region R] [--replace] [--dry-run] [--wait S] [--json]
                              import official forms (P: 2022 = whole year, 2023-03 = Jan–Mar;
                              required for forms) and other sources (population, courts, …);
                              F (1-M, СНГ-1) and R (ISO code, e.g. KZ-11) only for a workbook
                              whose title does not name its form or region;
                              --replace: a workbook that differs from the one imported for the
                              same form, region and period replaces it (refused otherwise);
                              --dry-run: do everything but publish (and record nothing): what
                              would change. Every import is recorded in the import audit.
                              The first real form removes the synthetic demo.
  report [--json]             coverage (region × period × form) and every validation finding
  build-default [--wait S]    the project's own data: published figures, and the synthetic demo
                              unless the warehouse holds real forms (they are kept)
  cell <form> <region> <period> <section> <row-code> <графа> [--json]
                              one official figure and where it came from
warehouse: SARAPSHY_DB (default data/warehouse/sarapshy.duckdb). import and build-default write
a new generation of it and publish it at once when done (the dashboard may keep running);
one writer at a time: another waits up to --wait S seconds (default 60), then exits ${BUSY_EXIT}.
report and cell only read it, at any time.`;

interface Args {
	positional: string[];
	flags: Map<string, string | true>;
}

const VALUED = new Set(['period', 'form', 'region', 'wait']);

function parseArgs(argv: string[]): Args {
	const positional: string[] = [];
	const flags = new Map<string, string | true>();
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (!a.startsWith('--')) {
			positional.push(a);
			continue;
		}
		const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
		if (VALUED.has(name)) {
			const v = inline ?? argv[++i];
			if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value`);
			flags.set(name, v);
		} else flags.set(name, true);
	}
	return { positional, flags };
}

function str(flags: Args['flags'], name: string): string | undefined {
	const v = flags.get(name);
	return typeof v === 'string' ? v : undefined;
}

/** Open the published warehouse read-only, run `work` on it, close it whatever happens. */
async function reading<T>(work: (conn: Warehouse['conn']) => Promise<T>): Promise<T> {
	const wh = await openPublishedWarehouse();
	try {
		return await work(wh.conn);
	} finally {
		wh.close();
	}
}

/** `--wait S`: seconds to wait for another writer (zod: a number ≥ 0; default 60). */
function waitSeconds(flags: Args['flags']): number | string {
	const parsed = z.coerce
		.number({ message: '--wait needs a number of seconds' })
		.min(0, '--wait needs a number of seconds ≥ 0')
		.default(60)
		.safeParse(str(flags, 'wait'));
	return parsed.success ? parsed.data : parsed.error.issues[0].message;
}

/**
 * Write the next generation of the warehouse (publish.ts) with `work`, waiting for another
 * writer as `--wait` says; what was published is told on stderr.
 */
async function writing<T>(
	flags: Args['flags'],
	work: (conn: Warehouse['conn']) => Promise<T>,
	changed?: (result: T) => boolean
): Promise<{ result: T; published: Generation | null }> {
	const wait = waitSeconds(flags);
	if (typeof wait === 'string') throw new UsageError(wait);
	const path = warehousePath();
	const out = await writeNextGeneration(path, work, {
		waitSeconds: wait,
		changed: changed as (r: unknown) => boolean,
		onWait: (h) =>
			console.error(
				`etl: another import (pid ${h.pid}, started ${h.startedAt}) is running; waiting up to ${wait} s…`
			)
	});
	if (out.published)
		console.error(
			`etl: published generation ${out.published.generation} of ${basename(path)} (${out.published.publishedAt})`
		);
	return out;
}

class UsageError extends Error {}

/**
 * `--form` and `--region` checked before anything is read (zod): a known form id (or alias) and
 * a region ISO code. Returns the options, or the message of the first bad one.
 */
function checkFormAndRegion(
	form: string | undefined,
	region: string | undefined
): { form?: string; region?: string } | string {
	const options = z.object({
		form: z
			.string()
			.refine((f) => FORM_ALIASES.has(f.trim().toLowerCase()), {
				message: `--form «${form}» is no form we know: use 1-M or СНГ-1 (also written 1m, sng1)`
			})
			.optional(),
		region: z
			.string()
			.transform((r) => r.trim().toUpperCase())
			.pipe(
				z.enum(REGION_CODES, {
					message: `--region «${region}» is no region ISO code we know: use one of ${REGION_CODES.join(', ')}`
				})
			)
			.optional()
	});
	const parsed = options.safeParse({ form, region });
	return parsed.success ? parsed.data : parsed.error.issues[0].message;
}

/** Size and SHA-256 of a named file, for the audit even when the import refused it unread. */
function fileFacts(path: string): { bytes: number | null; sha256: string | null } {
	try {
		const st = statSync(path);
		if (!st.isFile()) return { bytes: null, sha256: null };
		if (st.size > MAX_FILE_BYTES) return { bytes: st.size, sha256: null }; // never read
		const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
		return { bytes: st.size, sha256 };
	} catch {
		return { bytes: null, sha256: null };
	}
}

/**
 * Record every file of an import run in the audit (src/lib/private/audit.ts): its result, or
 * `failed` with the run's error when the run itself failed (busy, a crash of the importer).
 */
function audit(
	files: readonly string[],
	summary: ImportSummary | null,
	generation: number | null,
	failure?: string
): void {
	const who = importer();
	const at = new Date().toISOString();
	const records: ImportRecord[] = files.map((path, i) => {
		const r = summary?.files[i];
		const facts = fileFacts(path);
		const published = r && (r.status === 'imported' || r.status === 'replaced');
		return {
			at,
			...who,
			file: basename(path),
			bytes: facts.bytes,
			sha256: r?.sha256 || facts.sha256,
			form: r?.form ?? null,
			region: r?.region ?? null,
			period: r?.period ?? null,
			result: r ? r.status : 'failed',
			message: r ? (r.error ?? null) : (failure ?? null),
			code: r?.refusal?.code ?? null,
			params: r?.refusal?.params ?? null,
			cells: r?.cells ?? 0,
			findings: r?.findings ?? 0,
			generation: published ? generation : null
		};
	});
	try {
		appendImportRecords(records);
	} catch (e) {
		console.error(`etl import: the import audit could not be written: ${(e as Error).message}`);
	}
}

async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	if (!command || command === '--help' || command === 'help') {
		console.error(USAGE);
		return command ? 0 : 2;
	}
	const { positional, flags } = parseArgs(rest);
	const json = flags.has('json');
	switch (command) {
		case 'import': {
			if (positional.length === 0) {
				console.error('etl import: name at least one file or directory\n' + USAGE);
				return 2;
			}
			const given = checkFormAndRegion(str(flags, 'form'), str(flags, 'region'));
			if (typeof given === 'string') {
				console.error(`etl import: ${given}\n` + USAGE);
				return 2;
			}
			const dryRun = flags.has('dry-run');
			const files = expandInputs(positional);
			let out: Awaited<ReturnType<typeof writing<ImportSummary>>>;
			try {
				out = await writing(
					flags,
					(conn) =>
						importPaths(
							conn,
							positional,
							{ period: str(flags, 'period'), replace: flags.has('replace'), ...given },
							createReporter(process.stderr)
						),
					// nothing new (every file already there or refused), or a dry run: the
					// generation stays
					(s) => !dryRun && s.files.some((f) => f.status === 'imported' || f.status === 'replaced')
				);
			} catch (err) {
				if (!dryRun) audit(files, null, null, err instanceof Error ? err.message : String(err));
				throw err;
			}
			const summary = out.result;
			if (!dryRun) audit(files, summary, out.published?.generation ?? null);
			else console.error('etl import: --dry-run: nothing was published');
			if (json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
			if (summary.files.length === 0) console.error('etl import: no importable files found');
			return summary.ok ? 0 : 1;
		}
		case 'report': {
			const report = await reading(buildReport);
			if (json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
			else process.stdout.write(formatReport(report) + '\n');
			return 0;
		}
		case 'build-default': {
			const { result: r } = await writing(flags, buildDefaultWarehouse);
			console.error(describeDefaultBuild(warehousePath(), r));
			return 0;
		}
		case 'cell': {
			if (positional.length !== 6) {
				console.error(
					'etl cell: needs <form> <region> <period> <section> <row-code> <графа>\n' + USAGE
				);
				return 2;
			}
			const [form, region, period, section, rowCode, grafa] = positional;
			const c = await reading((conn) =>
				lookupCell(conn, { form, region, period, section, rowCode, grafa })
			);
			process.stdout.write((json ? JSON.stringify(c, null, 2) : formatCell(c)) + '\n');
			return 0;
		}
		default:
			console.error(`etl: unknown command «${command}»\n` + USAGE);
			return 2;
	}
}

/** Exit only once stdout is flushed (a large --json summary into a pipe is written async). */
function exit(code: number): void {
	process.stdout.write('', () => process.exit(code));
}

main(process.argv.slice(2)).then(exit, (err) => {
	console.error(`etl: ${err instanceof Error ? err.message : String(err)}`);
	exit(err instanceof ImportBusy ? BUSY_EXIT : err instanceof UsageError ? 2 : 1);
});
