/**
 * CSV export of a dataset: `# ` lines with the title, the source line (and the synthetic
 * mark), the coverage of national sums, findings and the note first — readers skip them with comment='#' — then a header and the rows. Text
 * cells that a spreadsheet would run as a formula (= + - @ tab CR) are neutralised with '.
 */
import { captionLines, formatSourceLine } from '../../charts';
import type { Dataset } from '../../dataset';
import type { Translator } from '../../i18n';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(s: string): string {
	return FORMULA_START.test(s) ? `'${s}` : s;
}

function csvCell(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
	if (typeof v === 'boolean') return v ? 'true' : 'false';
	const s = neutraliseFormula(String(v));
	return /[",\n\r#]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function datasetToCsv(ds: Dataset, tr: Translator): string {
	const lines = [
		`# ${ds.title.replace(/[\r\n]+/g, ' ')}`,
		`# ${formatSourceLine(ds.source, tr)}`,
		...(ds.source.synthetic ? [`# ${tr.t('label.synthetic')}`] : []),
		...captionLines(ds, tr).map((l) => `# ${l.replace(/[\r\n]+/g, ' ')}`),
		ds.columns.map((c) => csvCell(c.label)).join(','),
		...ds.rows.map((r) => ds.columns.map((c) => csvCell(r[c.key])).join(','))
	];
	return lines.join('\r\n') + '\r\n';
}
