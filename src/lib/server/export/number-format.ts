/**
 * Number formats of the XLSX export: each figure gets the format the page shows it with
 * (the digits come from cell-format.ts, the one place that decides them), declared as a
 * numFmt in styles.xml and referenced by the cell's `s` style. Shares are written as the page
 * writes them (40.5 with the format `0.0 %`, not 0.405), so that CSV, JSON and XLSX hold one
 * number; ISO dates and timestamps of text columns become dates.
 */
import { shownDigits } from '../../cell-format';
import type { Column } from '../../dataset';

const decimals = (d: number) => (d > 0 ? `.${'0'.repeat(d)}` : '');

/** The Excel format code of a figure in this column, or null for the general format. */
export function cellFormat(c: Column, v: unknown): string | null {
	if (typeof v !== 'number' || !Number.isFinite(v)) return null;
	const d = shownDigits(c, v);
	if (d === null) return null;
	const n = `#,##0${decimals(d)}`;
	switch (c.kind) {
		case 'pct':
			return `${n}" %"`;
		case 'signedPct':
			// Positive; negative; zero — the page's «+1,5 %», «−1,5 %», «±0 %».
			return `"+"${n}" %";"−"${n}" %";"±"${n}" %"`;
		default:
			return n;
	}
}

const ISO_DATE =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A text cell holding an ISO date (2026-12-03) or timestamp (2026-12-03T10:15:00Z) as an
 * Excel date: days since 1899-12-30, UTC, with a date (or date and time) format.
 */
export function excelDate(c: Column, v: unknown): { serial: number; format: string } | null {
	if (c.kind !== 'text' || typeof v !== 'string') return null;
	const m = ISO_DATE.exec(v);
	if (!m) return null;
	const ms = Date.parse(m[4] ? (m[7] ? v : `${v}Z`) : `${v}T00:00:00Z`);
	if (!Number.isFinite(ms)) return null;
	const serial = ms / 86_400_000 + 25_569;
	return m[4]
		? { serial: Math.round(serial * 86_400) / 86_400, format: 'yyyy-mm-dd hh:mm:ss' }
		: { serial, format: 'yyyy-mm-dd' };
}

const xmlAttr = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The styles of one workbook: style 0 plain, 1 bold (title and header), then one style per
 * number format used, numFmt ids from 164 (the first custom id).
 */
export class XlsxStyles {
	private formats: string[] = [];

	/** The cell style (`s`) of a number format, added on first use. */
	id(format: string): number {
		let i = this.formats.indexOf(format);
		if (i < 0) i = this.formats.push(format) - 1;
		return 2 + i;
	}

	xml(): string {
		const numFmts = this.formats
			.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlAttr(f)}"/>`)
			.join('');
		const xfs = this.formats
			.map((_, i) => `<xf numFmtId="${164 + i}" fontId="0" applyNumberFormat="1"/>`)
			.join('');
		return (
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
			(this.formats.length ? `<numFmts count="${this.formats.length}">${numFmts}</numFmts>` : '') +
			'<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>' +
			`<cellXfs count="${2 + this.formats.length}"><xf fontId="0"/><xf fontId="1" applyFont="1"/>${xfs}</cellXfs></styleSheet>`
		);
	}
}
