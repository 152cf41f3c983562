/**
 * The `cell` command: one official figure and where it came from (file, sha256, sheet, cell,
 * row label, column label) — how an analyst answers "where does this number come from?".
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { InputError } from '../forms/types.ts';
import { resolveRegion } from '../../src/lib/domain/regions.ts';
import { parsePeriod } from '../../src/lib/domain/periods.ts';
import { rowsOf } from '../validate/findings.ts';
import { normalizeFormId } from './identify.ts';

export interface CellQuery {
	form: string;
	region: string;
	period: string;
	section: string;
	rowCode: string;
	grafa: string;
}

export interface CellProvenance {
	form: string;
	region_code: string;
	period: string;
	section: string;
	row_code: string;
	grafa: string;
	value: number;
	row_label: string;
	column_label: string;
	article: string | null;
	chapter: string | null;
	file: string;
	sha256: string;
	sheet: string;
	cell: string;
	title: string | null;
	synthetic: boolean;
}

export async function lookupCell(conn: DuckDBConnection, q: CellQuery): Promise<CellProvenance> {
	const form = normalizeFormId(q.form);
	const region = resolveRegion(q.region);
	if (!region) throw new InputError('cellUnknownRegion', { region: q.region });
	const period = parsePeriod(q.period).key;
	const rows = await rowsOf<CellProvenance>(
		conn,
		`SELECT c.form, c.region_code, c.period, c.section, c.row_code, c.grafa, c.value,
		        c.row_label, c.column_label, c.article, c.chapter, s.original_name AS file,
		        s.sha256, c.sheet, c.cell, s.title, c.synthetic
		 FROM v_form_cell c JOIN source_file s ON s.sha256 = c.source_sha256
		 WHERE c.form = $form AND c.region_code = $region AND c.period = $period
		   AND c.section = $section AND c.row_code = $row AND c.grafa = $grafa`,
		{ form, region: region.code, period, section: q.section, row: q.rowCode, grafa: q.grafa }
	);
	if (rows.length === 0) {
		throw new InputError('cellNoFigure', {
			form,
			region: region.code,
			regionName: region.ru,
			period,
			section: q.section,
			row: q.rowCode,
			grafa: q.grafa
		});
	}
	return rows[0];
}

export function formatCell(c: CellProvenance): string {
	return [
		`${c.value}`,
		`  form ${c.form}, region ${c.region_code}, period ${c.period}${c.synthetic ? ' (SYNTHETIC demo data)' : ''}`,
		`  section ${c.section}, row ${c.row_code}: ${c.row_label}`,
		`  графа ${c.grafa}: ${c.column_label}`,
		`  file ${c.file} (sha256 ${c.sha256})`,
		`  sheet ${c.sheet}, cell ${c.cell}${c.title ? `, workbook title «${c.title}»` : ''}`
	].join('\n');
}
