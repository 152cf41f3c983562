/**
 * Import one file into the warehouse, all or nothing: identify it (hash, form and region from
 * its own title, period from the caller), then in ONE transaction insert the source row and
 * every cell, replace an older file of the same form/region/period (only with --replace, and
 * saying which cells changed), remove the synthetic demo when this is the first real form,
 * validate, COMMIT. Any error rolls back, so a refused or killed import leaves the warehouse
 * as it was.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { InputError, type ParsedForm } from '../forms/types.ts';
import type { Refusal } from '../../src/lib/i18n/features/import-refusals.ts';
import { evaluateFileRules } from '../validate/file-rules.ts';
import { cellIssueFindings, SUM_RULES, validateRegionPeriod } from '../validate/index.ts';
import { insertFindings } from '../validate/findings.ts';
import { recheckPublishedFigures } from '../sources/published/check.ts';
import { diffCells, formatChanges, type CellChange, type CellChanges } from './cell-changes.ts';
import {
	checkSameContent,
	findSourceBySha,
	findSourcesToReplace,
	normalizeFormId,
	regionOfWorkbook,
	requirePeriod,
	sha256Hex,
	type ExistingSource
} from './identify.ts';
import { insertFormTable } from './load-form.ts';
import { insertSourceFile, markReplaced, type SourceFileRow } from './source-file.ts';
import { findSourceReader, readForm } from './readers.ts';
import { removeSyntheticDemo, type RemovedDemo } from './synthetic-demo.ts';

export type ImportStatus = 'imported' | 'already-imported' | 'replaced' | 'refused';

export interface FileResult {
	file: string;
	sha256: string;
	form: string | null;
	region: string | null;
	period: string | null;
	cells: number;
	findings: number;
	status: ImportStatus;
	/** Names of the files this one replaced (status 'replaced'). */
	replaced?: string[];
	/** An official form that replaced another: how many cells differ, and the first few. */
	changedCells?: number;
	changes?: CellChange[];
	/** The synthetic demo this import removed (the first real form in a demo warehouse). */
	removedDemo?: RemovedDemo;
	/** The refusal in English: what the CLI prints and the audit keeps as `message`. */
	error?: string;
	/**
	 * The refusal's code and parameters (i18n/features/import-refusals.ts), for saying it in
	 * another language; absent for an unexpected failure (its English text is all there is).
	 */
	refusal?: Refusal;
}

export interface ImportOptions {
	period?: string;
	form?: string;
	/** Let a workbook that differs from the one imported for its scope replace it. */
	replace?: boolean;
	/** ISO code; used only for a workbook whose title names no region (identify.ts). */
	region?: string;
}

/** Forms whose workbooks are official: a different one for the same scope needs --replace. */
const OFFICIAL_FORMS = new Set(['1-M', 'СНГ-1']);

/** Fault injection for the crash-safety test: pause with the transaction open, before COMMIT. */
async function pauseBeforeCommit(file: string): Promise<void> {
	const ms = Number(process.env.SARAPSHY_ETL_PAUSE_BEFORE_COMMIT_MS || 0);
	if (ms > 0) {
		process.stderr.write(`etl: ${file}: all cells written, pausing ${ms} ms before COMMIT\n`);
		await new Promise((r) => setTimeout(r, ms));
	}
}

async function inTransaction<T>(conn: DuckDBConnection, work: () => Promise<T>): Promise<T> {
	await conn.run('BEGIN TRANSACTION');
	try {
		const out = await work();
		await conn.run('COMMIT');
		return out;
	} catch (err) {
		await conn.run('ROLLBACK');
		throw err;
	}
}

export async function importFile(
	conn: DuckDBConnection,
	name: string,
	bytes: Uint8Array,
	opts: ImportOptions = {}
): Promise<FileResult> {
	const sha256 = sha256Hex(bytes);
	const base: FileResult = {
		file: name,
		sha256,
		form: null,
		region: null,
		period: null,
		cells: 0,
		findings: 0,
		status: 'refused'
	};
	try {
		const source = opts.form ? undefined : await findSourceReader(name, bytes);
		if (source) return await importSource(conn, name, bytes, sha256, source, base);
		if (!/\.xlsx$/i.test(name)) {
			throw new InputError('noReader', { file: name }, { file: name });
		}
		return await importForm(conn, name, bytes, sha256, opts, base);
	} catch (err) {
		return {
			...base,
			status: 'refused',
			error: errorMessage(err, name),
			...(err instanceof InputError ? { refusal: err.refusal } : {})
		};
	}
}

function errorMessage(err: unknown, file: string): string {
	if (err instanceof InputError) {
		const where = [
			err.where.sheet && `sheet ${err.where.sheet}`,
			err.where.cell && `cell ${err.where.cell}`
		]
			.filter(Boolean)
			.join(', ');
		const msg = err.message.includes(file) ? err.message : `${file}: ${err.message}`;
		return where && !msg.includes(where) ? `${msg} (${where})` : msg;
	}
	return `${file}: ${err instanceof Error ? err.message : String(err)}`;
}

async function importForm(
	conn: DuckDBConnection,
	name: string,
	bytes: Uint8Array,
	sha256: string,
	opts: ImportOptions,
	base: FileResult
): Promise<FileResult> {
	const wanted = opts.form ? normalizeFormId(opts.form) : null;
	// Same bytes as an imported file: same title, so same form and region; only the period can
	// differ. Decided without parsing the workbook again. (A file kept in the history as
	// replaced is imported again like a new one.)
	const found = await findSourceBySha(conn, sha256);
	const same = found?.status === 'replaced' ? undefined : found;
	if (same && OFFICIAL_FORMS.has(same.form)) {
		const period = requirePeriod(opts.period, name);
		if (wanted && wanted !== same.form) {
			throw new InputError(
				'formContradictsImported',
				{ file: name, given: wanted, form: same.form, held: same.original_name },
				{ file: name }
			);
		}
		const scope = { form: same.form, regionCode: same.region_code, period: period.key };
		checkSameContent(same, scope, name);
		const n = await conn.runAndReadAll(
			'SELECT count(*)::INTEGER AS n FROM finding WHERE source_sha256 = $1',
			[sha256]
		);
		return {
			...base,
			form: same.form,
			region: same.region_code,
			period: period.key,
			status: 'already-imported',
			findings: Number(n.getRows()[0][0])
		};
	}
	// Read first, so a file that is no form at all is refused for what it is.
	const parsed: ParsedForm = await readForm(bytes, name, wanted ? { form: wanted } : {});
	const period = requirePeriod(opts.period, name);
	if (wanted && parsed.form !== wanted) {
		throw new InputError(
			'formContradictsTitle',
			{ file: name, given: wanted, title: String(parsed.title), form: parsed.form },
			{ file: name }
		);
	}
	const region = regionOfWorkbook(parsed.regionName, parsed.title, opts.region, name);
	const scope = { form: parsed.form, regionCode: region.code, period: period.key };
	const result: FileResult = {
		...base,
		form: parsed.form,
		region: region.code,
		period: period.key
	};
	if (same) checkSameContent(same, scope, name); // same bytes imported as a non-form source
	// Sum rules and chapter sums of this file on its table (validateRegionPeriod decides whether
	// they apply). On this thread, not the parse worker: with validation off the DuckDB thread
	// the worker became the import's critical path, and this thread waits for it (README.md).
	const breaches = parsed.form === '1-M' ? evaluateFileRules(parsed.table, SUM_RULES) : null;
	const row: SourceFileRow = {
		sha256,
		name,
		form: parsed.form,
		regionCode: region.code,
		period: period.key,
		title: parsed.title,
		modified: parsed.modified,
		cells: parsed.table.length,
		bytes: bytes.length
	};
	return inTransaction(conn, async () => {
		const older = await findSourcesToReplace(conn, row);
		const removedDemo = await removeSyntheticDemo(conn);
		await insertSourceFile(conn, row);
		const cells = await insertFormTable(conn, parsed.table, { ...scope, sha256 });
		// Both files' cells are in the warehouse now: compare them before the old ones go.
		const changes = older.length
			? await diffCells(
					conn,
					older.map((o) => o.sha256),
					sha256
				)
			: null;
		if (changes && !opts.replace) throw replaceRefusal(name, row, older, changes);
		await replaceOlder(conn, older, sha256);
		const findings = await validateRegionPeriod(
			conn,
			scope.form,
			scope.regionCode,
			scope.period,
			breaches ? { sha256, breaches } : undefined
		);
		// Cells that are no figure (text, NaN, stray rows, negatives): findings of this file.
		const cellFindings = cellIssueFindings(parsed.cellIssues, { ...scope, file: name, sha256 });
		await insertFindings(conn, cellFindings);
		await pauseBeforeCommit(name);
		return {
			...result,
			cells,
			findings: findings.length + cellFindings.length,
			...outcome(older),
			...(changes ? { changedCells: changes.count, changes: changes.first } : {}),
			...(removedDemo ? { removedDemo } : {})
		};
	});
}

/** A different workbook for a scope that already has one, without --replace. */
export function replaceRefusal(
	name: string,
	row: SourceFileRow,
	older: readonly ExistingSource[],
	changes: CellChanges
): InputError {
	return new InputError(
		'needsReplace',
		{
			file: name,
			scope: `${row.form} ${row.regionCode} ${row.period}`,
			held: older.map((o) => `«${o.original_name}» (sha256 ${o.sha256.slice(0, 12)}…)`),
			count: changes.count,
			first: formatChanges(changes.first),
			more: changes.count > changes.first.length
		},
		{ file: name }
	);
}

/** The older files leave everything they brought; their source_file rows stay, as replaced. */
async function replaceOlder(
	conn: DuckDBConnection,
	older: readonly ExistingSource[],
	sha256: string
): Promise<void> {
	for (const o of older) await markReplaced(conn, o.sha256, sha256);
}

/** 'imported', or 'replaced' with the names of the files this one replaced. */
function outcome(older: readonly ExistingSource[]): Pick<FileResult, 'status' | 'replaced'> {
	if (older.length === 0) return { status: 'imported' };
	return { status: 'replaced', replaced: older.map((o) => o.original_name) };
}

async function importSource(
	conn: DuckDBConnection,
	name: string,
	bytes: Uint8Array,
	sha256: string,
	reader: Awaited<ReturnType<typeof findSourceReader>> & object,
	base: FileResult
): Promise<FileResult> {
	const found = await findSourceBySha(conn, sha256);
	const same = found?.status === 'replaced' ? undefined : found;
	if (same) {
		checkSameContent(
			same,
			{ form: reader.kind, regionCode: same.region_code, period: same.period },
			name
		);
		return {
			...base,
			form: reader.kind,
			region: same.region_code,
			period: same.period,
			status: 'already-imported'
		};
	}
	return inTransaction(conn, async () => {
		const loaded = await reader.load(conn, name, bytes, sha256);
		const row: SourceFileRow = {
			sha256,
			name,
			form: reader.kind,
			regionCode: loaded.regionCode,
			period: loaded.period,
			title: loaded.title,
			modified: loaded.modified,
			cells: loaded.rows,
			bytes: bytes.length
		};
		const older = await findSourcesToReplace(conn, row);
		// Open-data Form 1-M is an official form too: real and synthetic never meet.
		const removedDemo = reader.kind === 'opendata-1m' ? await removeSyntheticDemo(conn) : null;
		await insertSourceFile(conn, row);
		await replaceOlder(conn, older, sha256);
		// The published checks look across all published files (a total in one, its years in
		// another), so they are run again on the whole table after every published import.
		const findings = reader.kind === 'published' ? await recheckPublishedFigures(conn, sha256) : 0;
		await pauseBeforeCommit(name);
		return {
			...base,
			form: reader.kind,
			region: loaded.regionCode,
			period: loaded.period,
			cells: loaded.rows,
			findings,
			...outcome(older),
			...(removedDemo ? { removedDemo } : {})
		};
	});
}
