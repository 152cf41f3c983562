/**
 * CSV export of a dataset: `# ` lines with the title and the source line (and the synthetic
 * mark) first, then the coverage of national sums, findings marks and the note, then a header
 * and the rows. Every line is CSV: a `# ` line is one cell, quoted
 * when it holds a separator, so that nothing a URL put into the title becomes a cell of its
 * own. Text a spreadsheet would run as a formula is neutralised with ' (see neutraliseFormula).
 */
import { captionLines, formatSourceLine } from '../../charts';
import type { Dataset } from '../../dataset';
import type { Translator } from '../../i18n';

/**
 * Characters that start a formula (or a DDE call) in Excel, LibreOffice or Google Sheets:
 * = + - @ and their full-width forms (＝ ＋ － ＠, which East Asian input methods type and
 * some spreadsheets convert), and a leading tab, CR or LF.
 */
const FORMULA_CHAR = '=+\\-@\uFF1D\uFF0B\uFF0D\uFF20';
const FORMULA_START = new RegExp(`^(\\s*[${FORMULA_CHAR}]|[\\t\\r\\n])`);
/**
 * ru and kk Excel split CSV on `;` (their list separator) and ignore quotes that do not open a
 * field, so `x;=1+1` arrives as two cells, the second a formula: every `;`-separated piece
 * that would start a formula gets the ' too.
 */
const FORMULA_AFTER_SEMICOLON = new RegExp(`;(\\s*)(?=[${FORMULA_CHAR}\\t\\r\\n])`, 'g');

/** Text as a spreadsheet will show it, never run it: a ' before each formula start. */
export function neutraliseFormula(s: string): string {
	const inner = s.replace(FORMULA_AFTER_SEMICOLON, ";$1'");
	return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/**
 * Quote a CSV field that holds a separator (`,`, or the `;` of ru/kk Excel), a quote, a line
 * break (a `# ` line: a tab too), or begins or ends with a space; a data cell is quoted when it holds a `#`
 * too, so that no reader takes its row for a `# ` line.
 */
function quoteCsv(s: string, special = /[",;\n\r#]/): string {
	return special.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvCell(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
	if (typeof v === 'boolean') return v ? 'true' : 'false';
	return quoteCsv(neutraliseFormula(String(v)));
}

/** A `# ` line: one CSV cell on one line, neutralised like any other text. */
export function csvCommentLine(text: string): string {
	return quoteCsv(`# ${neutraliseFormula(text.replace(/[\r\n]+/g, ' '))}`, /[",;\t]/);
}

export function datasetToCsv(ds: Dataset, tr: Translator): string {
	const lines = [
		csvCommentLine(ds.title),
		csvCommentLine(formatSourceLine(ds.source, tr)),
		...(ds.source.synthetic ? [csvCommentLine(tr.t('label.synthetic'))] : []),
		...captionLines(ds, tr).map(csvCommentLine),
		ds.columns.map((c) => csvCell(c.label)).join(','),
		...ds.rows.map((r) => ds.columns.map((c) => csvCell(r[c.key])).join(','))
	];
	return lines.join('\r\n') + '\r\n';
}
