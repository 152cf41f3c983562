/**
 * Bulk writes of the default build: source_file rows through DuckDB's appender (a temp staging
 * table where the target has defaults), the demo's form cells as one cell table (written by
 * the load stage, layout deduplicated), and the period dimension. Row-by-row
 * INSERTs made the build take ~15 s; this keeps it near 2 s.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { parsePeriod } from '../../src/lib/domain/periods.ts';
import type { CellTableBuilder } from '../forms/cell-table.ts';
import type { DemoCell } from './cells.ts';

export interface SourceFileRow {
	sha: string;
	name: string;
	form: string;
	region: string | null;
	period: string | null;
	title: string | null;
	cells: number;
	bytes: number | null;
	synthetic: boolean;
}

/** Insert source_file rows in one statement (staged with the appender: fast for ~800 rows). */
export async function insertSourceFiles(
	conn: DuckDBConnection,
	rows: SourceFileRow[]
): Promise<void> {
	await conn.run(
		`CREATE OR REPLACE TEMP TABLE source_file_stage (sha TEXT, name TEXT, form TEXT, region TEXT,
		 period TEXT, title TEXT, cells BIGINT, bytes BIGINT, synthetic BOOLEAN)`
	);
	const appender = await conn.createAppender('source_file_stage', null, 'temp');
	for (const r of rows) {
		appender.appendVarchar(r.sha);
		appender.appendVarchar(r.name);
		appender.appendVarchar(r.form);
		for (const v of [r.region, r.period, r.title]) {
			if (v === null) appender.appendNull();
			else appender.appendVarchar(v);
		}
		appender.appendBigInt(BigInt(r.cells));
		if (r.bytes === null) appender.appendNull();
		else appender.appendBigInt(BigInt(r.bytes));
		appender.appendBoolean(r.synthetic);
		appender.endRow();
	}
	appender.closeSync();
	await conn.run(
		`INSERT OR REPLACE INTO source_file
		 SELECT sha, name, form, region, period, title, NULL, current_timestamp, 'imported', cells, bytes, synthetic
		 FROM source_file_stage`
	);
	await conn.run('DROP TABLE source_file_stage');
}

const A1 = /^([A-Z]+)(\d+)$/;

/** Add one region-period's demo cells (scope index `scope`) to the panel's cell table. */
export function addDemoCells(b: CellTableBuilder, cells: DemoCell[], scope: number): void {
	for (const c of cells) {
		const m = A1.exec(c.cell);
		const row = b.internRow({
			section: c.section,
			sheet: c.section,
			sheetRow: m ? Number(m[2]) : null,
			record: m ? null : c.cell,
			rowCode: c.rowCode,
			rowLabel: [c.rowLabel],
			article: c.article,
			chapter: c.chapter
		});
		const col = b.internColumn({
			section: c.section,
			columnRef: m ? m[1] : null,
			grafa: c.grafa,
			columnLabel: [c.columnLabel]
		});
		b.push(row, col, c.value, scope);
	}
}

/** Make sure the period dimension knows every demo period. */
export async function insertPeriods(conn: DuckDBConnection, keys: string[]): Promise<void> {
	const values = keys
		.map(parsePeriod)
		.map((p) => `('${p.key}', ${p.year}, ${p.monthTo}, DATE '${p.start}', DATE '${p.end}')`);
	if (values.length) {
		await conn.run(`INSERT INTO period VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`);
	}
}
