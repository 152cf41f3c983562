/**
 * What a replacing workbook changes: the cells whose value differs from the file it replaces,
 * matched by sheet and address (a cell only in one of the two files counts, with null on the
 * other side). Read inside the import's transaction, once both files' cells are written.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

export interface CellChange {
	sheet: string;
	/** A1 address (or record.field for open data). */
	cell: string;
	old: number | null;
	new: number | null;
}

export interface CellChanges {
	/** How many cells differ. */
	count: number;
	/** The first few, in sheet and row order. */
	first: CellChange[];
}

/** Cells of `newSha` that differ from those of `oldShas` (the first `limit` listed). */
export async function diffCells(
	conn: DuckDBConnection,
	oldShas: readonly string[],
	newSha: string,
	limit = 5
): Promise<CellChanges> {
	const r = await conn.runAndReadAll(
		`WITH o AS (SELECT sheet, cell, value FROM form_cell
		            WHERE list_contains(string_split($old, ','), source_sha256)),
		      n AS (SELECT sheet, cell, value FROM form_cell WHERE source_sha256 = $new),
		      d AS (SELECT coalesce(n.sheet, o.sheet) AS sheet, coalesce(n.cell, o.cell) AS cell,
		                   o.value AS old, n.value AS new
		            FROM o FULL JOIN n ON o.sheet = n.sheet AND o.cell = n.cell
		            WHERE o.value IS DISTINCT FROM n.value)
		 SELECT count(*) OVER ()::INTEGER AS n, sheet, cell, old, new FROM d
		 ORDER BY sheet, TRY_CAST(regexp_extract(cell, '(\\d+)$', 1) AS INTEGER), length(cell), cell
		 LIMIT $limit`,
		// sha256 values are hex: a comma-separated list is unambiguous.
		{ old: oldShas.join(','), new: newSha, limit }
	);
	const rows = r.getRowObjectsJS() as unknown as (CellChange & { n: number })[];
	return {
		count: rows[0]?.n ?? 0,
		first: rows.map(({ sheet, cell, old, new: now }) => ({ sheet, cell, old, new: now }))
	};
}

/** "R1!E7 5317→5318, R1!F7 —→12" (— where one file has no value). */
export function formatChanges(changes: readonly CellChange[]): string {
	const v = (x: number | null) => (x === null ? '—' : String(x));
	return changes.map((c) => `${c.sheet}!${c.cell} ${v(c.old)}→${v(c.new)}`).join(', ');
}
