/**
 * Import one file into the warehouse, all or nothing: identify it (hash, form and region from
 * its own title, period from the caller), then in ONE transaction replace any older file of
 * the same form/region/period, insert the source row and every cell, validate, COMMIT. Any
 * error rolls back, so a refused or killed import leaves the warehouse as it was.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { InputError, type ParsedForm } from '../forms/types.ts';
import { evaluateFileRules } from '../validate/file-rules.ts';
import { cellIssueFindings, SUM_RULES, validateRegionPeriod } from '../validate/index.ts';
import { insertFindings } from '../validate/findings.ts';
import {
	checkSameContent,
	findSourceBySha,
	findSourcesForScope,
	normalizeFormId,
	regionOfWorkbook,
	requirePeriod,
	sha256Hex
} from './identify.ts';
import { insertFormTable } from './load-form.ts';
import { insertSourceFile, removeSources } from './sources.ts';
import { findSourceReader, readForm } from './readers.ts';

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
	error?: string;
}

export interface ImportOptions {
	period?: string;
	form?: string;
	/** ISO code; used only for a workbook whose title names no region (identify.ts). */
	region?: string;
}

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
			throw new InputError(
				`${name}: not an official form workbook (.xlsx), and none of the source readers ` +
					`(population, courts, published, opendata-1m) recognises it; see pipelines/sources for ` +
					`the layouts each expects`,
				{ file: name }
			);
		}
		return await importForm(conn, name, bytes, sha256, opts, base);
	} catch (err) {
		return { ...base, status: 'refused', error: errorMessage(err, name) };
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
	// differ. Decided without parsing the workbook again.
	const same = await findSourceBySha(conn, sha256);
	if (same && (same.form === '1-M' || same.form === 'СНГ-1')) {
		const period = requirePeriod(opts.period, name);
		if (wanted && wanted !== same.form) {
			throw new InputError(
				`${name}: --form ${wanted} was given, but this workbook was imported as Form ${same.form} ` +
					`(«${same.original_name}»); drop --form or import the right file`,
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
			`${name}: --form ${wanted} was given, but the workbook title «${parsed.title}» says it is ` +
				`Form ${parsed.form}; drop --form or import the right file`,
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
	return inTransaction(conn, async () => {
		const older = await findSourcesForScope(conn, scope.form, scope.regionCode, scope.period);
		await removeSources(
			conn,
			older.map((o) => o.sha256)
		);
		await insertSourceFile(conn, {
			sha256,
			name,
			form: parsed.form,
			regionCode: region.code,
			period: period.key,
			title: parsed.title,
			modified: parsed.modified,
			cells: parsed.table.length,
			bytes: bytes.length
		});
		const cells = await insertFormTable(conn, parsed.table, { ...scope, sha256 });
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
			status: older.length ? ('replaced' as const) : ('imported' as const),
			...(older.length ? { replaced: older.map((o) => o.original_name) } : {})
		};
	});
}

async function importSource(
	conn: DuckDBConnection,
	name: string,
	bytes: Uint8Array,
	sha256: string,
	reader: Awaited<ReturnType<typeof findSourceReader>> & object,
	base: FileResult
): Promise<FileResult> {
	const same = await findSourceBySha(conn, sha256);
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
		const older = (
			await findSourcesForScope(conn, reader.kind, loaded.regionCode, loaded.period)
		).filter((o) => o.sha256 !== sha256);
		await removeSources(
			conn,
			older.map((o) => o.sha256)
		);
		await insertSourceFile(conn, {
			sha256,
			name,
			form: reader.kind,
			regionCode: loaded.regionCode,
			period: loaded.period,
			title: loaded.title,
			modified: loaded.modified,
			cells: loaded.rows,
			bytes: bytes.length
		});
		await pauseBeforeCommit(name);
		return {
			...base,
			form: reader.kind,
			region: loaded.regionCode,
			period: loaded.period,
			cells: loaded.rows,
			status: older.length ? ('replaced' as const) : ('imported' as const),
			...(older.length ? { replaced: older.map((o) => o.original_name) } : {})
		};
	});
}
