/**
 * Reads the Bureau's population workbook (sheets: all, men, women; years as columns, regions
 * as rows, then urban and rural blocks we do not need) and its unpivoted CSV. Labels are named
 * with resolveRegion; a label that cannot be named is refused, never guessed.
 */
import { InputError } from '../../forms/types.ts';
import type { Sheet, SheetCell, Workbook } from '../../xlsx/types.ts';
import { resolveRegion } from '../../../src/lib/domain/regions.ts';
import { parseCsv } from '../csv-table.ts';
import {
	POPULATION_CSV_HEADER,
	SHEET_SEX,
	populationValueSchema,
	yearSchema,
	type PopulationRow,
	type Sex
} from './schema.ts';

export function sexOfSheet(name: string): Sex | null {
	return SHEET_SEX.find((s) => s.pattern.test(name))?.sex ?? null;
}

/** `at`: the label's cell on a sheet (A12), or its line in a CSV (a number). */
function regionOf(label: string, file: string, sheet: string | null, at: string | number): string {
	const region = resolveRegion(label);
	if (!region) {
		const cell = typeof at === 'number' ? null : at;
		const line = typeof at === 'number' ? at : null;
		throw new InputError(
			'populationRegionUnknown',
			{ file, sheet, cell, line, label },
			{ file, sheet: sheet ?? undefined, cell: cell ?? `line ${line}` }
		);
	}
	return region.code;
}

/** The header row: at least five consecutive years in columns B, C, … */
function findYearHeader(sheet: Sheet): { row: number; years: Map<number, number> } | null {
	const byRow = new Map<number, SheetCell[]>();
	for (const c of sheet.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
	for (const [row, cells] of byRow) {
		const years = new Map<number, number>();
		for (const c of cells) {
			if (c.col < 2) continue;
			const y = yearSchema.safeParse(typeof c.value === 'string' ? c.value.trim() : c.value);
			if (y.success && c.value !== null && c.value !== '') years.set(c.col, y.data);
		}
		const list = [...years.values()];
		if (list.length >= 5 && list.every((y, i) => i === 0 || y === list[i - 1] + 1)) {
			return { row, years };
		}
	}
	return null;
}

/** The first block (the sheet's whole population) of one sheet. */
export function readPopulationSheet(sheet: Sheet, sex: Sex, file: string): PopulationRow[] {
	const header = findYearHeader(sheet);
	if (!header) {
		throw new InputError(
			'populationNoYears',
			{ file, sheet: sheet.name },
			{ file, sheet: sheet.name }
		);
	}
	const rows: PopulationRow[] = [];
	const lastRow = sheet.cells.reduce((m, c) => Math.max(m, c.row), 0);
	let started = false;
	for (let r = header.row + 1; r <= lastRow; r++) {
		const labelCell = sheet.get(r, 1);
		const label = typeof labelCell?.value === 'string' ? labelCell.value : '';
		const valued = [...header.years.keys()].some((col) => {
			const v = sheet.get(r, col)?.value;
			return v !== undefined && v !== null && v !== '';
		});
		if (!valued) {
			if (started) break; // «Городское население»: the urban block starts, ours is over
			continue; // a section label such as «Мужчины» above the data
		}
		if (!label.trim()) {
			throw new InputError(
				'populationNoLabel',
				{ file, sheet: sheet.name, row: r },
				{ file, sheet: sheet.name, cell: `A${r}` }
			);
		}
		started = true;
		const code = regionOf(label, file, sheet.name, labelCell!.ref);
		for (const [col, year] of header.years) {
			const cell = sheet.get(r, col);
			const ref = cell?.ref ?? `${String.fromCharCode(64 + col)}${r}`;
			const raw = typeof cell?.value === 'string' ? cell.value.trim() : cell?.value;
			const value = populationValueSchema.safeParse(raw);
			if (raw === undefined || raw === null || raw === '' || !value.success) {
				throw new InputError(
					'populationBadFigure',
					{ file, sheet: sheet.name, cell: ref, value: String(raw ?? '') },
					{ file, sheet: sheet.name, cell: ref }
				);
			}
			rows.push({
				regionCode: code,
				year,
				sex,
				value: value.data,
				label,
				sheet: sheet.name,
				cell: ref
			});
		}
	}
	return rows;
}

export function readPopulationWorkbook(wb: Workbook, file: string): PopulationRow[] {
	const rows: PopulationRow[] = [];
	for (const name of wb.sheetNames) {
		const sex = sexOfSheet(name);
		if (sex) rows.push(...readPopulationSheet(wb.sheet(name), sex, file));
	}
	if (!rows.length) {
		throw new InputError('populationNoSheet', { file, sheets: wb.sheetNames }, { file });
	}
	return refuseDuplicates(rows, file);
}

/** `bns-population-by-region-2000-2023.csv`: Область,Год,Население (sex 'all'). */
export function readPopulationCsv(bytes: Uint8Array, file: string): PopulationRow[] {
	const { header, records } = parseCsv(bytes, file);
	if (header.join(',') !== POPULATION_CSV_HEADER.join(',')) {
		throw new InputError(
			'populationHeader',
			{ file, columns: POPULATION_CSV_HEADER },
			{ file, cell: 'line 1' }
		);
	}
	const rows = records.map(({ line, cells }) => {
		const [label, yearText, valueText] = cells;
		const cell = `line ${line}`;
		const year = yearSchema.safeParse(yearText.trim());
		const value = populationValueSchema.safeParse(valueText.trim());
		if (!year.success || !value.success) {
			throw new InputError(
				'populationBadLine',
				{ file, line, year: yearText, value: valueText },
				{ file, cell }
			);
		}
		const code = regionOf(label, file, null, line);
		return {
			regionCode: code,
			year: year.data,
			sex: 'all' as const,
			value: value.data,
			label,
			sheet: 'csv',
			cell
		};
	});
	return refuseDuplicates(rows, file);
}

function refuseDuplicates(rows: PopulationRow[], file: string): PopulationRow[] {
	const seen = new Map<string, PopulationRow>();
	for (const r of rows) {
		const key = `${r.regionCode}|${r.year}|${r.sex}`;
		const first = seen.get(key);
		if (first) {
			throw new InputError(
				'populationTwice',
				{
					file,
					region: r.regionCode,
					year: r.year,
					sex: r.sex,
					first: [first.label, `${first.sheet}!${first.cell}`],
					second: [r.label, `${r.sheet}!${r.cell}`]
				},
				{ file, sheet: r.sheet, cell: r.cell }
			);
		}
		seen.set(key, r);
	}
	return rows;
}
