/**
 * DuckDB's appender, the way every bulk writer of the pipelines uses it: open, write each row,
 * always close (an appender left open holds its rows back and keeps the table locked), and
 * NULL where a value is missing. The form values' data-chunk path (load-form.ts) is separate:
 * it fills whole column vectors, not rows.
 */
import type { DuckDBAppender, DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

/** A text value, or NULL. */
export function appendText(app: DuckDBAppender, v: string | null): void {
	if (v === null) app.appendNull();
	else app.appendVarchar(v);
}

/** An integer value (BIGINT column), or NULL. */
export function appendBigIntOrNull(app: DuckDBAppender, v: number | null): void {
	if (v === null) app.appendNull();
	else app.appendBigInt(BigInt(v));
}

/** A number (DOUBLE column), or NULL (a figure the source leaves empty). */
export function appendDoubleOrNull(app: DuckDBAppender, v: number | null): void {
	if (v === null) app.appendNull();
	else app.appendDouble(v);
}

/** Append every row to `table` ('temp.<name>' for a staging table), one `write` per row. */
export async function appendRows<T>(
	conn: DuckDBConnection,
	table: string,
	rows: Iterable<T>,
	write: (app: DuckDBAppender, row: T, index: number) => void
): Promise<void> {
	const temp = table.startsWith('temp.');
	const app = await conn.createAppender(temp ? table.slice(5) : table, null, temp ? 'temp' : null);
	try {
		let i = 0;
		for (const row of rows) {
			write(app, row, i++);
			app.endRow();
		}
	} finally {
		app.closeSync();
	}
}

/**
 * Insert rows into a table that has defaults, keys or casts the appender cannot apply: append
 * them to a temp table `stage` (its column list `columns`), run `insert` (SQL that selects from
 * the stage, with `params`), drop the stage. One statement instead of one INSERT per row.
 */
export async function insertStaged<T>(
	conn: DuckDBConnection,
	stage: { name: string; columns: string },
	rows: Iterable<T>,
	write: (app: DuckDBAppender, row: T) => void,
	insert: string,
	params?: DuckDBValue[] | Record<string, DuckDBValue>
): Promise<void> {
	await conn.run(`CREATE OR REPLACE TEMP TABLE ${stage.name} (${stage.columns})`);
	await appendRows(conn, `temp.${stage.name}`, rows, write);
	await conn.run(insert, params);
	await conn.run(`DROP TABLE temp.main.${stage.name}`);
}
