/**
 * The common import refusals in the page's language: each sentence made by the pipelines' own
 * code (an empty file, an old .xls, a text file, a ZIP that is no workbook, a file over the
 * limit, a title naming no form, no title, an unknown --form, a changed workbook that needs
 * replacing), rendered in ru and kk with the figures in the locale; English stays as stored.
 */
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { refusalText, renderRefusal } from '../../../src/lib/i18n/import-refusal';
import { openWorkbook } from '../../../pipelines/xlsx/index';
import { parseFormTitle } from '../../../pipelines/forms/index';
import { normalizeFormId } from '../../../pipelines/stages/identify';
import { replaceRefusal } from '../../../pipelines/stages/import-file';
import { tooLargeMessage } from '../../../src/lib/server/import-runner';
import { UPLOAD_REFUSALS } from '../../../src/lib/server/upload-refusals';
import type { SourceFileRow } from '../../../pipelines/stages/source-file';

const refusal = (fn: () => unknown): string => {
	try {
		fn();
	} catch (e) {
		return (e as Error).message;
	}
	throw new Error('no refusal');
};

const ENGLISH =
	/\b(the|is|not|file|workbook|bytes|limit|refused|form|title|already|imported|cells|and|it|again|with)\b/i;

function sentences(): Record<string, string> {
	const row = {
		sha256: 'b'.repeat(64),
		name: 'Акмола.xlsx',
		form: '1-M',
		regionCode: 'KZ-11',
		period: '2022'
	} as SourceFileRow;
	const older = [
		{
			sha256: 'a'.repeat(64),
			original_name: 'Akmola Region.XLSX',
			form: '1-M',
			region_code: 'KZ-11',
			period: '2022',
			status: 'imported'
		}
	];
	return {
		empty: refusal(() => openWorkbook(new Uint8Array(), 'a.xlsx')),
		oldXls: refusal(() =>
			openWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'a.xlsx')
		),
		notXlsx: refusal(() => openWorkbook(new TextEncoder().encode('<html>error</html>'), 'a.xlsx')),
		zipNotXlsx: refusal(() =>
			openWorkbook(zipSync({ 'word/document.xml': new Uint8Array([1]) }), 'a.xlsx')
		),
		tooLargeWorkbook: refusal(() =>
			openWorkbook(new Uint8Array(2048).fill(0x50), 'a.xlsx', { maxFileBytes: 1024 })
		),
		tooLargeUpload: tooLargeMessage('big.xlsx', 123_456_789),
		unknownFormTitle: refusal(() => parseFormTitle('2-ЕК Акмолинская область', 'a.xlsx')),
		noTitle: refusal(() => parseFormTitle(null, 'a.xlsx')),
		unknownForm: refusal(() => normalizeFormId('3-K')),
		needsReplace: replaceRefusal('Акмола.xlsx', row, older, {
			count: 1234,
			first: [{ sheet: 'R1-1', cell: 'E7', old: 5317, new: 5320 }]
		} as never).message,
		needsReplaceFile: replaceRefusal('Акмола.xlsx', row, older, { count: 0, first: [] }).message,
		// The upload route's own refusals, as it sends them.
		signIn: UPLOAD_REFUSALS.signIn,
		otherSite: UPLOAD_REFUSALS.otherSite,
		staleToken: UPLOAD_REFUSALS.staleToken,
		role: UPLOAD_REFUSALS.role('viewer'),
		uploadGone: UPLOAD_REFUSALS.uploadGone,
		notBody: UPLOAD_REFUSALS.notBody
	};
}

describe('import refusals in the page language', () => {
	const all = sentences();

	it('says every common refusal in ru and kk, none in English words; en as stored', () => {
		for (const [what, message] of Object.entries(all)) {
			for (const lang of ['ru', 'kk'] as const) {
				const text = renderRefusal(message, lang);
				expect(text, `${what} ${lang}: ${message}`).not.toBeNull();
				expect(text).toMatch(/[а-яёәіңғүұқө]/i);
				// File names, cells and form codes are what they are; the words around them are not English.
				const words = text!.replace(
					/Akmola Region\.XLSX|[\w.-]+\.xlsx|pipelines\/sources|word\/document\.xml|xl\/workbook\.xml|\/login|Content-Type: application\/octet-stream|viewer|CSRF|Origin/g,
					''
				);
				expect(words, `${what} ${lang}: ${text}`).not.toMatch(ENGLISH);
			}
			expect(renderRefusal(message, 'en')).toBe(message);
		}
	});

	it('keeps the figures, cells and names, in the locale', () => {
		expect(refusalText(all.tooLargeUpload, 'ru')).toMatch(
			/^big\.xlsx: 123\u00a0456\u00a0789 байт — больше предела /
		);
		expect(refusalText(all.needsReplace, 'ru')).toBe(
			`Акмола.xlsx: 1-M KZ-11 2022 уже загружен из «Akmola Region.XLSX» (sha256 aaaaaaaaaaaa…), а эта книга отличается от него в 1\u00a0234 ячейках (R1-1!E7 5317→5320, …). Загруженный файл сохранён. Чтобы заменить его этой книгой, загрузите её ещё раз с заменой (старый файл останется в истории загрузок как заменённый).`
		);
		expect(refusalText(all.needsReplaceFile, 'kk')).toContain('бірде-бір ұяшық мәнінде емес');
		expect(refusalText(all.unknownFormTitle, 'kk')).toContain('«2-ЕК Акмолинская область»');
		expect(refusalText(all.zipNotXlsx, 'ru')).toContain('внутри нет xl/workbook.xml');
	});

	it('shows a sentence it does not know as stored', () => {
		expect(refusalText('a.xlsx: something new went wrong', 'kk')).toBe(
			'a.xlsx: something new went wrong'
		);
	});
});
