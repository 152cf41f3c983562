/**
 * What the formula-injection tests call a formula: a cell a spreadsheet would evaluate,
 * and a real CSV parse to find the cells (d3-dsv, Observable's parser, Plot's own dependency,
 * declared as a devDependency for the tests; it ships no types).
 */
// @ts-expect-error no declaration file for d3-dsv
import { dsvFormat } from 'd3-dsv';

/** Rows of a CSV text split on `,` (en Excel, LibreOffice, pandas) or `;` (ru and kk Excel). */
export const parseCsvRows = (text: string, sep: ',' | ';'): string[][] =>
	(dsvFormat(sep) as { parseRows(t: string): string[][] }).parseRows(text);

/** Formula characters (= + - @ or their full-width forms) at the start, or a tab, CR or LF. */
export function startsFormula(cell: string): boolean {
	if (/^[-+]?\d+(\.\d+)?$/.test(cell.trim())) return false; // a plain number is a number
	return /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/.test(cell);
}
