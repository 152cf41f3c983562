/**
 * Test helper: a minimal but complete XLSX package built at run time with fflate, so that
 * bad-input fixtures never need to be committed.
 */
import { strToU8, zipSync } from 'fflate';

/** A minimal but complete XLSX package, with `sheetXml` as its only sheet. */
export function buildWorkbook(
	sheetXml: string,
	sharedStrings?: string,
	title = 'Тест'
): Uint8Array {
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
		'_rels/.rels': strToU8(
			'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
		),
		'docProps/core.xml': strToU8(
			`<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y" xmlns:dcterms="z"><dc:title>${title}</dc:title><dcterms:modified>2023-01-17T04:15:33Z</dcterms:modified></cp:coreProperties>`
		),
		'xl/workbook.xml': strToU8(
			'<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="Лист 1" sheetId="1" r:id="rId1"/></sheets></workbook>'
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			'<?xml version="1.0"?><Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>'
		),
		'xl/worksheets/sheet1.xml': strToU8(sheetXml)
	};
	if (sharedStrings) files['xl/sharedStrings.xml'] = strToU8(sharedStrings);
	return zipSync(files);
}
