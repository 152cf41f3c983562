/**
 * Builds small warehouses for the validation and view tests: a temp DuckDB file with the real
 * schema, and form cells written through the real load stage. The figures are invented for
 * the rule under test (they are not extracts of any official file).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormCell } from '../../../pipelines/forms/types.ts';
import { openWarehouse, type Warehouse } from '../../../pipelines/warehouse.ts';
import { insertFormCells } from '../../../pipelines/stages/load-form.ts';

export interface TempWarehouse extends Warehouse {
	dir: string;
	dispose(): void;
}

export async function tempWarehouse(): Promise<TempWarehouse> {
	const dir = mkdtempSync(join(tmpdir(), 'sarapshy-test-'));
	const wh = await openWarehouse(join(dir, 'w.duckdb'));
	return {
		...wh,
		dir,
		dispose() {
			wh.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Column letters for графа n placed from column E, as on the real forms. */
function letters(n: number): string {
	let s = '';
	for (let c = n + 4; c > 0; c = Math.floor((c - 1) / 26))
		s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
	return s;
}

export interface RowSpec {
	section: string;
	code: string;
	label?: string[];
	article?: string | null;
	chapter?: string | null;
	/** values by графа: index 0 = графа 1 */
	values: number[];
	sheetRow?: number;
}

export function cellsOf(rows: RowSpec[]): FormCell[] {
	const out: FormCell[] = [];
	const nextRow = new Map<string, number>();
	for (const r of rows) {
		const sheetRow = r.sheetRow ?? nextRow.get(r.section) ?? 7;
		nextRow.set(r.section, sheetRow + 1);
		r.values.forEach((v, i) =>
			out.push({
				section: r.section,
				rowCode: r.code,
				rowLabel: r.label ?? [`row ${r.code}`],
				article: r.article ?? null,
				chapter: r.chapter ?? null,
				grafa: String(i + 1),
				columnLabel: [`графа ${i + 1}`],
				value: v,
				cell: `${letters(i + 1)}${sheetRow}`
			})
		);
	}
	return out;
}

/** Insert a source_file row and its cells, as an import would (without validation). */
export async function addSource(
	wh: Warehouse,
	opts: { sha: string; form: string; region: string; period: string; synthetic?: boolean },
	rows: RowSpec[]
): Promise<void> {
	await wh.conn.run(
		`INSERT INTO source_file (sha256, original_name, form, region_code, period, imported_at, status, synthetic)
		 VALUES ($1, $2, $3, $4, $5, now()::TIMESTAMP, 'imported', $6)`,
		[opts.sha, `${opts.sha}.xlsx`, opts.form, opts.region, opts.period, opts.synthetic ?? false]
	);
	await insertFormCells(wh.conn, cellsOf(rows), {
		form: opts.form,
		regionCode: opts.region,
		period: opts.period,
		sha256: opts.sha
	});
}

export async function all<T>(wh: Warehouse, sql: string): Promise<T[]> {
	return (await wh.conn.runAndReadAll(sql)).getRowObjectsJS() as unknown as T[];
}
