/**
 * Cells a form reader could not take as figures of the form, kept so that nothing is dropped
 * without a trace (issue 13.6): text, NaN or ±Infinity where the layout has a number, a
 * negative count (kept as published, but noted), and any cell outside the form's table. The
 * validation stage turns each group into `finding` rows (validate/cell-findings.ts).
 *
 * Grouped by kind, sheet and (for outside cells) side of the table, each group keeping its count, its first SAMPLE_CAP cells and the
 * range that holds them all: a workbook with a million stray rows costs one group, not a
 * million objects (and, later, not a million finding rows).
 */
import { cellAddress } from '../xlsx/cell-ref.ts';
import type { CellWhere } from '../../src/lib/domain/finding-params.ts';

export type CellIssueKind = 'not-a-number' | 'not-finite' | 'negative' | 'outside-layout';

/** Cells kept by address per group; the rest are counted and bounded by the group's range. */
export const SAMPLE_CAP = 5;

export interface CellIssueSample {
	/** A1 address on the sheet. */
	cell: string;
	/** Row code of the cell's row, or null when the cell is in no coded row. */
	rowCode: string | null;
	/** Графа of the cell's column, or null when the column is no графа. */
	grafa: string | null;
	/** The value as the workbook holds it (text of at most 60 characters). */
	value: string | number | boolean;
	/**
	 * Where an outside cell is (below the table's last coded row 428: `{ kind: 'below', row:
	 * '428' }`), as data the findings carry (finding-params.ts); else null.
	 */
	where: CellWhere | null;
}

export interface CellIssueGroup {
	kind: CellIssueKind;
	sheet: string;
	count: number;
	samples: CellIssueSample[];
	/** The smallest range holding every cell of the group, e.g. 'A429:A1000428'. */
	range: string;
}

interface OpenGroup extends Omit<CellIssueGroup, 'range'> {
	top: number;
	left: number;
	bottom: number;
	right: number;
}

/** Collects the issues of one workbook, sheet by sheet, as the reader walks its cells. */
export class CellIssues {
	private groups = new Map<string, OpenGroup>();

	note(
		kind: CellIssueKind,
		sheet: string,
		row: number,
		col: number,
		value: string | number | boolean,
		rowCode: string | null = null,
		grafa: string | null = null,
		where: CellWhere | null = null
	): void {
		// Outside cells are grouped by where they are (below, right, left of the table) too: on
		// one sheet each side has one place (one last coded row, one last графа).
		const key = kind + '\u0001' + sheet + '\u0001' + (where?.kind ?? '');
		let g = this.groups.get(key);
		if (!g) {
			g = { kind, sheet, count: 0, samples: [], top: row, left: col, bottom: row, right: col };
			this.groups.set(key, g);
		}
		g.count++;
		if (row < g.top) g.top = row;
		if (row > g.bottom) g.bottom = row;
		if (col < g.left) g.left = col;
		if (col > g.right) g.right = col;
		if (g.samples.length < SAMPLE_CAP)
			g.samples.push({
				cell: cellAddress(row, col),
				rowCode,
				grafa,
				value: typeof value === 'string' && value.length > 60 ? value.slice(0, 57) + '…' : value,
				where
			});
	}

	/** The groups in the order they were first met (sheet order, then kind). */
	list(): CellIssueGroup[] {
		return [...this.groups.values()].map(({ top, left, bottom, right, ...g }) => {
			const a = cellAddress(top, left);
			const b = cellAddress(bottom, right);
			return { ...g, range: a === b ? a : `${a}:${b}` };
		});
	}
}
