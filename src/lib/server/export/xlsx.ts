/**
 * XLSX export of a dataset as a minimal SpreadsheetML workbook zipped with fflate: the
 * title, the source line (and the synthetic mark) above the table. Text is written as
 * inline strings, so nothing a user typed can ever be evaluated as a formula. Figures carry
 * the number format the page shows them with (numFmt in styles.xml, see number-format.ts):
 * counts `#,##0`, rates `#,##0.00`, shares `0.0 %`, ISO dates as dates.
 */
import { strToU8, zipSync } from 'fflate';
import { captionLines, formatSourceLine } from '../../charts';
import type { Dataset } from '../../dataset';
import type { Translator } from '../../i18n';
import { neutraliseFormula } from './csv';
import { cellFormat, excelDate, XlsxStyles } from './number-format';

const xmlEsc = (s: string) =>
	s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		// XML 1.0 forbids most control characters.
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

function colName(i: number): string {
	let s = '';
	for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
		s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

function cell(ref: string, v: unknown, style = 0): string {
	if (v === null || v === undefined || v === '') return '';
	const s = style ? ` s="${style}"` : '';
	if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${s}><v>${v}</v></c>`;
	const text = neutraliseFormula(String(v));
	return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${xmlEsc(text)}</t></is></c>`;
}

const BOLD = 1;

export function datasetToXlsx(ds: Dataset, tr: Translator): Uint8Array {
	const head: unknown[][] = [[ds.title], [formatSourceLine(ds.source, tr)]];
	if (ds.source.synthetic) head.push([tr.t('label.synthetic')]);
	for (const line of captionLines(ds, tr)) head.push([line]);
	head.push([]);
	const styles = new XlsxStyles();
	const headXml = [...head, ds.columns.map((c) => c.label)].map((r, i) => {
		const bold = i === 0 || i === head.length ? BOLD : 0;
		return `<row r="${i + 1}">${r.map((v, j) => cell(`${colName(j)}${i + 1}`, v, bold)).join('')}</row>`;
	});
	const bodyXml = ds.rows.map((row, k) => {
		const i = head.length + 1 + k;
		const cells = ds.columns.map((c, j) => {
			const ref = `${colName(j)}${i + 1}`;
			const v = row[c.key];
			const date = excelDate(c, v);
			if (date) return cell(ref, date.serial, styles.id(date.format));
			const format = cellFormat(c, v);
			return cell(ref, v, format ? styles.id(format) : 0);
		});
		return `<row r="${i + 1}">${cells.join('')}</row>`;
	});
	const rowsXml = [...headXml, ...bodyXml].join('');
	const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml}</sheetData></worksheet>`;
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
		),
		'_rels/.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
		),
		'xl/workbook.xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>'
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
		),
		'xl/styles.xml': strToU8(styles.xml()),
		'xl/worksheets/sheet1.xml': strToU8(sheet)
	};
	return zipSync(files, { level: 6 });
}
