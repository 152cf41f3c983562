/**
 * Raw cells of one official form (table form_cell) for researchers. Bounded by design: a
 * form and a period are required, and the request is refused when the matching cells
 * exceed the row limit — the web tier never runs an unbounded scan for a client.
 */
import { z } from 'zod';
import { cachedQuery } from '../db';
import { BadRequest } from '../params';

export const CellQuery = z.object({
	form: z.string().min(1).max(20),
	period: z.string().regex(/^\d{4}(-\d{2})?$/, 'period must be YYYY or YYYY-MM'),
	region: z
		.string()
		.regex(/^KZ(-\d{2})?$/, 'region must be an ISO code such as KZ-75')
		.optional(),
	section: z
		.string()
		.regex(/^[A-Z0-9-]{1,10}$/, 'section is a sheet name such as R1 or PRIL5')
		.optional(),
	row: z
		.string()
		.regex(/^\d{1,4}$/)
		.optional(),
	limit: z.coerce.number().int().min(1).max(10_000).default(1000),
	lang: z.enum(['ru', 'kk', 'en']).optional()
});
export type CellQuery = z.infer<typeof CellQuery>;

export function parseCellQuery(sp: URLSearchParams): CellQuery {
	const raw = Object.fromEntries([...sp].filter(([, v]) => v !== ''));
	const r = CellQuery.safeParse(raw);
	if (!r.success) {
		throw new BadRequest(
			'cells need form and period (and may take region, section, row, limit ≤ 10000) — ' +
				r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
			'invalid_parameter',
			{ names: [...new Set(r.error.issues.map((i) => String(i.path[0] ?? 'query')))].join(',') }
		);
	}
	return r.data;
}

const WHERE = `form = $1 AND period = $2 AND ($3::TEXT IS NULL OR region_code = $3)
	AND ($4::TEXT IS NULL OR section = $4) AND ($5::TEXT IS NULL OR row_code = $5)`;

/** The order of cells in every export of them: as the workbook reads (row, then графа). */
export const CELL_ORDER = `region_code, section, try_cast(row_code AS INTEGER), row_code,
	try_cast(grafa AS INTEGER), grafa`;

export async function formCells(q: CellQuery) {
	const params = [q.form, q.period, q.region ?? null, q.section ?? null, q.row ?? null];
	const [{ n }] = await cachedQuery<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM v_form_cell WHERE ${WHERE}`,
		params
	);
	if (n > q.limit) {
		throw new BadRequest(
			`${n} cells match, more than limit=${q.limit}: add region, section or row, or raise limit (≤ 10000)`,
			'too_many_rows',
			{ rows: n, limit: q.limit }
		);
	}
	return cachedQuery<Record<string, string | number | null>>(
		`SELECT form, region_code AS region, period, section, row_code AS "row", row_label AS "rowLabel",
		        article, chapter, grafa, column_label AS "columnLabel", value, sheet, cell,
		        source_sha256 AS "sourceSha256"
		 FROM v_form_cell WHERE ${WHERE}
		 ORDER BY ${CELL_ORDER}
		 LIMIT ${q.limit}`,
		params
	);
}
