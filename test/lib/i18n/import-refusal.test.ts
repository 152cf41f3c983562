/**
 * Import refusals carry a code and parameters (pipelines/forms/types.ts InputError), and one
 * catalogue says every code in en, ru and kk (src/lib/i18n/features/import-refusals.ts). Here:
 * every code renders in all three languages from sample parameters, with no placeholder left,
 * no English word in ru/kk and no Russian-only word in kk; the real pipelines' refusals carry
 * their code, keep their English sentence, and are said in ru/kk with figures in the locale;
 * a record without a code (an audit line from before codes) is shown as stored, as English.
 */
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import {
	REFUSALS,
	refusalEn,
	sayRefusal,
	type Refusal,
	type RefusalCode,
	type RefusalParams
} from '../../../src/lib/i18n/features/import-refusals';
import { refusalText } from '../../../src/lib/i18n/import-refusal';
import { translator } from '../../../src/lib/i18n';
import { openWorkbook } from '../../../pipelines/xlsx/index';
import { parseFormTitle } from '../../../pipelines/forms/index';
import { normalizeFormId, requirePeriod } from '../../../pipelines/stages/identify';
import { replaceRefusal } from '../../../pipelines/stages/import-file';
import { readCourtOutcomes } from '../../../pipelines/sources/courts/read';
import { parseOpendata1m } from '../../../pipelines/sources/opendata/read';
import { InputError } from '../../../pipelines/forms/types';
import type { SourceFileRow } from '../../../pipelines/stages/source-file';
import { ENGLISH_WORDS, foundWords, RUSSIAN_WORDS } from '../../e2e/language-checks';

const F = 'Акмола.xlsx';
/** One set of parameters per code; the type makes it complete. Names are Russian on purpose: */
/** what is checked for English is the catalogue's own wording, not the data put into it. */
const SAMPLES: { [C in RefusalCode]: RefusalParams<C>[] } = {
	emptyWorkbook: [{ file: F }],
	workbookTooLarge: [{ file: F, size: 123456789, limit: 104857600 }],
	oldXls: [{ file: F }],
	notXlsx: [{ file: F }],
	zipNotXlsx: [{ file: F, inside: 'xl/workbook.xml' }],
	sheetMissing: [
		{ file: F, sheet: 'R1', part: 'xl/worksheets/sheet1.xml', sheets: ['R1', 'R2'] },
		{ file: F, sheet: 'R9', part: null, sheets: ['R1', 'R2'] }
	],
	tooManyCells: [{ file: F, sheet: 'R1', max: 2000000 }],
	sharedStringMissing: [{ file: F, sheet: 'R1', cell: 'E7', index: '99' }],
	zipCut: [{ file: F }],
	zipDirOutside: [{ file: F }],
	zipEntryDamaged: [{ file: F, n: 3 }],
	zipNoLocalHeader: [{ file: F, entry: 'xl/workbook.xml' }],
	zipBeyondEnd: [{ file: F, entry: 'xl/workbook.xml' }],
	zipStoredSizes: [{ file: F, entry: 'xl/workbook.xml' }],
	zipInflateFailed: [{ file: F, entry: 'xl/workbook.xml', detail: 'подробности' }],
	zipInflateSize: [{ file: F, entry: 'xl/workbook.xml', size: 1200, declared: 1000 }],
	zip64: [{ file: F }],
	zip64Entry: [{ file: F, entry: 'xl/workbook.xml' }],
	zipBombTotal: [{ file: F, limit: 209715200 }],
	zipBombRatio: [{ file: F, entry: 'xl/worksheets/sheet1.xml', ratio: 1500 }],
	zipBombBudget: [{ file: F, entry: 'xl/worksheets/sheet1.xml', limit: 209715200 }],
	zipBombInflate: [{ file: F, entry: 'xl/worksheets/sheet1.xml', declared: 1000 }],
	encrypted: [{ file: F, entry: 'EncryptedPackage' }],
	zipMethod: [{ file: F, entry: 'xl/workbook.xml', method: 14 }],
	noTitle: [{ file: F }],
	unknownFormTitle: [{ file: F, title: '2-ЕК Акмолинская область' }],
	noGrafaRow: [{ file: F, sheet: 'R1' }],
	unknownLayout: [
		{ file: F, sheet: 'R1', layout: 'R1', grafy: 12, codeCount: 40, match: [3, 5, 38, 40] },
		{ file: F, sheet: 'R1', layout: 'R1', grafy: 1, codeCount: 0, match: null },
		{ file: F, sheet: 'R1', layout: 'R1', grafy: null, codeCount: null, match: null }
	],
	missingSections: [{ file: F, form: '1-M', missing: ['R5'], sheets: ['R1', 'R2'] }],
	unknownForm: [{ text: '3-К' }],
	noPeriod: [{ file: F }],
	periodNotUnderstood: [
		{ file: F, record: null, text: '22' },
		{ file: F, record: 4, text: '22' }
	],
	periodOutOfRange: [{ file: F, record: null, text: '1900' }],
	unknownRegionOption: [{ text: 'KZ-99', codes: ['KZ-11', 'KZ-15'] }],
	noRegionInTitle: [
		{ file: F, title: '1-M' },
		{ file: F, title: null }
	],
	unknownRegionInTitle: [
		{ file: F, title: '1-M Неведомская', name: 'Неведомская', accepted: ['Абайская область'] }
	],
	regionContradicts: [
		{ file: F, given: 'KZ-15', title: '1-M Акмолинская', code: 'KZ-11', name: 'Акмолинская' }
	],
	sameContentOtherScope: [
		{
			file: F,
			sha: 'abcdef012345',
			held: 'Акмола.xlsx',
			heldScope: '1-M KZ-11 2022',
			scope: '1-M KZ-11 2023'
		}
	],
	noReader: [{ file: F }],
	formContradictsImported: [{ file: F, given: 'СНГ-1', form: '1-M', held: 'Акмола.xlsx' }],
	formContradictsTitle: [{ file: F, given: 'СНГ-1', title: '1-M Акмолинская', form: '1-M' }],
	needsReplace: [
		{
			file: F,
			scope: '1-M KZ-11 2022',
			held: ['«А.xlsx»'],
			count: 1234,
			first: 'R1!E7 5→6',
			more: true
		},
		{ file: F, scope: '1-M KZ-11 2022', held: ['«А.xlsx»'], count: 0, first: '', more: false }
	],
	fileTooLarge: [{ file: F, size: 123456789, limit: 104857600 }],
	notRegularFile: [{ file: F }],
	cannotRead: [{ file: F, detail: 'подробности' }],
	cellUnknownRegion: [{ region: 'Неведомская' }],
	cellNoFigure: [
		{
			form: '1-M',
			region: 'KZ-11',
			regionName: 'Акмолинская',
			period: '2022',
			section: 'R1',
			row: '1',
			grafa: '2'
		}
	],
	notUtf8: [{ file: 'а.csv' }],
	unclosedQuote: [{ file: 'а.csv', line: 3 }],
	csvEmpty: [{ file: 'а.csv' }],
	csvCellCount: [{ file: 'а.csv', line: 3, cells: 4, header: 3 }],
	publishedHeader: [{ file: 'а.csv', columns: ['id', 'value'] }],
	publishedValue: [{ file: 'а.csv', line: 3, column: 'value', value: 'х', detail: 'подробности' }],
	publishedDuplicateId: [{ file: 'а.csv', line: 3, id: 'а1', previous: 2 }],
	publishedPeriodOrder: [{ file: 'а.csv', line: 3, start: '2022-12-31', end: '2022-01-01' }],
	populationRegionUnknown: [
		{ file: F, sheet: 'Всего', cell: 'A12', line: null, label: 'Неведомская' },
		{ file: 'а.csv', sheet: null, cell: null, line: 7, label: 'Неведомская' }
	],
	populationNoYears: [{ file: F, sheet: 'Всего' }],
	populationNoLabel: [{ file: F, sheet: 'Всего', row: 12 }],
	populationBadFigure: [{ file: F, sheet: 'Всего', cell: 'C12', value: 'х' }],
	populationNoSheet: [{ file: F, sheets: ['Лист1'] }],
	populationHeader: [{ file: 'а.csv', columns: ['Область', 'Год', 'Население'] }],
	populationBadLine: [{ file: 'а.csv', line: 3, year: 'х', value: 'у' }],
	populationTwice: [
		{
			file: F,
			region: 'KZ-11',
			year: 2022,
			sex: 'female',
			first: ['Акмолинская', 'Женщины!A12'],
			second: ['Акмола', 'Женщины!A13']
		}
	],
	opendataMissingField: (['section', 'rowCode', 'region', 'period'] as const).map((field) => ({
		file: 'а.json',
		record: 4,
		field,
		fields: ['razdel', 'shifr']
	})),
	opendataBadDate: [{ file: 'а.json', record: 4, date: 'весна' }],
	opendataRegionUnknown: [{ file: 'а.json', record: 4, region: 'Неведомская' }],
	opendataNotNumber: [{ file: 'а.json', record: 4, key: 'gr1', value: 'х' }],
	notJson: [{ file: 'а.json', detail: 'подробности' }],
	notOpendata: [{ file: 'а.json', detail: 'подробности' }],
	courtsHeader: [{ file: 'а.csv', key: 'type_of_punish' }],
	courtsKey: [{ file: 'а.csv', line: 3, key: 'х' }],
	courtsYear: [{ file: 'а.csv', line: 3, year: '22' }],
	courtsCount: [{ file: 'а.csv', line: 3, measure: 'amnt_osuzhden', value: 'х' }],
	notFound: [{}],
	signIn: [{}],
	otherSite: [{}],
	staleToken: [{}],
	role: [{ role: 'viewer' }],
	uploadGone: [{}],
	notBody: [{}],
	uploadNoName: [{}],
	uploadBadName: [{}],
	uploadBadPeriod: [{}],
	uploadBadRegion: [{}],
	uploadBadQuery: [{ detail: 'подробности' }],
	importBusy: [{ detail: 'подробности' }],
	importFailed: [{ detail: 'подробности' }]
};

/** Common English words beyond the page check's UI words: what a sentence left in English has. */
const MORE_ENGLISH = [
	'the',
	'is',
	'not',
	'and',
	'file',
	'workbook',
	'sheet',
	'cell',
	'cells',
	'line',
	'record',
	'refused',
	'expected',
	'must',
	'with',
	'from',
	'for',
	'cannot',
	'no',
	'of',
	'to',
	'its',
	'again',
	'check',
	'pass',
	'use',
	'import',
	'header',
	'bytes',
	'limit',
	'archive',
	'entry'
];
/**
 * What a sentence may keep as written: paths and file names, identifiers with `_` or digits,
 * command examples in backticks, the HTTP header, and the column names of the source files
 * (`year`, `id`) and of the open-data service (`razdel`, `shifr`, `dataset`, `date`, `records`).
 */
function withoutTechnical(text: string, params: unknown): string {
	return withoutParams(text, params)
		.replace(/`[^`]*`/g, ' ')
		.replace(/Content-Type: \S+/g, ' ')
		.replace(/\S*[/_.\d]\S*/g, ' ')
		.replace(/\b(year|id|razdel|shifr|dataset|date|records|period_start|period_end)\b/g, ' ');
}

/** The text without the parameters' own words (names as the data writes them, in Russian). */
function withoutParams(text: string, params: unknown): string {
	const values: string[] = [];
	const collect = (v: unknown) => {
		if (typeof v === 'string' && v) values.push(v);
		else if (Array.isArray(v)) v.forEach(collect);
		else if (v && typeof v === 'object') Object.values(v).forEach(collect);
	};
	collect(params);
	// Longest first: a name inside a longer one is taken with it.
	for (const v of values.sort((a, b) => b.length - a.length)) text = text.split(v).join(' ');
	return text;
}

const cases = (Object.keys(SAMPLES) as RefusalCode[]).flatMap((code) =>
	(SAMPLES[code] as RefusalParams<RefusalCode>[]).map(
		(params, i) => [`${code}#${i + 1}`, { code, params } as Refusal] as const
	)
);

describe('the refusal catalogue', () => {
	it('has a sample for every code (and no sample of a code it lacks)', () => {
		expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(REFUSALS).sort());
	});

	it.each(cases)('%s says it in en, ru and kk, with nothing left unfilled', (_name, r) => {
		const ru = translator('ru');
		const said = {
			en: sayRefusal(r, 'en'),
			ru: sayRefusal(r, 'ru', (v) => ru.num(v)),
			kk: sayRefusal(r, 'kk', (v) => translator('kk').num(v))
		};
		for (const text of Object.values(said)) {
			expect(text.trim().length).toBeGreaterThan(5);
			expect(text).not.toMatch(/undefined|null|NaN|\[object|\$\{/);
		}
		// The English names the service's JSON shape in braces; ru and kk name its fields.
		expect(said.ru + said.kk).not.toMatch(/[{}]/);
		expect(said.ru).not.toBe(said.en);
		expect(said.kk).not.toBe(said.ru);
		for (const lang of ['ru', 'kk'] as const) {
			const words = foundWords(
				withoutTechnical(said[lang], r.params),
				[...ENGLISH_WORDS, ...MORE_ENGLISH],
				true
			);
			expect(words, `${lang}: ${said[lang]}`).toEqual([]);
		}
		const kk = withoutParams(said.kk, r.params);
		expect(foundWords(kk, RUSSIAN_WORDS, false), said.kk).toEqual([]);
		// Russian words Kazakh does not use, beyond the page check's: a copy of the ru sentence.
		expect(kk).not.toMatch(/(?<![\p{L}])(файл пуст|книга|лист|ячейк|строк|укажите|не )/iu);
	});
});

const refusal = (fn: () => unknown): InputError => {
	try {
		fn();
	} catch (e) {
		if (e instanceof InputError) return e;
		throw e;
	}
	throw new Error('no refusal');
};

describe('the pipelines refuse with a code', () => {
	it('keeps the English sentence the CLI prints, and says it in ru/kk with figures in the locale', () => {
		const big = refusal(() =>
			openWorkbook(new Uint8Array(2048).fill(0x50), 'a.xlsx', { maxFileBytes: 1024 })
		);
		expect(big.code).toBe('workbookTooLarge');
		expect(big.message).toBe(
			'a.xlsx: 2048 bytes is larger than the 1024-byte limit for a workbook; refused.'
		);
		expect(big.message).toBe(refusalEn(big.code, big.params as never));
		const stored = { message: big.message, ...big.refusal, file: 'a.xlsx' };
		// ru-RU groups thousands with a no-break space: 2 048.
		expect(refusalText(stored, 'ru')).toEqual({
			text: 'a.xlsx: 2\u00a0048 байт — больше предела 1\u00a0024 байт для книги; отклонено.',
			lang: 'ru'
		});
		expect(refusalText(stored, 'kk').text).toContain('кітапқа арналған 1\u00a0024 байт шегінен');
		expect(refusalText(stored, 'en')).toEqual({ text: big.message, lang: 'en' });
	});

	it('codes the readers’ refusals: empty, .xls, not a ZIP, a ZIP of something else, no title', () => {
		const codeOf = (fn: () => unknown) => refusal(fn).code;
		expect(codeOf(() => openWorkbook(new Uint8Array(), 'a.xlsx'))).toBe('emptyWorkbook');
		expect(
			codeOf(() => openWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'a.xlsx'))
		).toBe('oldXls');
		expect(codeOf(() => openWorkbook(new TextEncoder().encode('<html>'), 'a.xlsx'))).toBe(
			'notXlsx'
		);
		const zip = refusal(() =>
			openWorkbook(zipSync({ 'word/document.xml': new Uint8Array([1]) }), 'a.xlsx')
		);
		expect(zip.refusal).toEqual({
			code: 'zipNotXlsx',
			params: { file: 'a.xlsx', inside: 'xl/workbook.xml' }
		});
		expect(codeOf(() => parseFormTitle(null, 'a.xlsx'))).toBe('noTitle');
		expect(refusal(() => parseFormTitle('2-ЕК Акмолинская область', 'a.xlsx')).params).toEqual({
			file: 'a.xlsx',
			title: '2-ЕК Акмолинская область'
		});
		expect(codeOf(() => normalizeFormId('3-K'))).toBe('unknownForm');
	});

	it('says parsePeriod’s own refusals, for a file and for a record of a JSON source', () => {
		const bad = refusal(() => requirePeriod('2022-13', 'a.xlsx'));
		expect(bad.refusal).toEqual({
			code: 'periodOutOfRange',
			params: { file: 'a.xlsx', record: null, text: '2022-13' }
		});
		expect(bad.message).toBe(
			'a.xlsx: period «2022-13» is out of range (years 1991–2100, months 01–12)'
		);
		const rec = refusal(() =>
			parseOpendata1m(
				[{ razdel: 'R1', shifr: '1', region: 'Акмолинская область', period: '2022-13-01' }],
				'a.json'
			)
		);
		expect(rec.code).toBe('periodOutOfRange');
		expect(refusalText({ message: rec.message, ...rec.refusal }, 'ru').text).toBe(
			'a.json, запись 1: период «2022-13» вне допустимых пределов (годы 1991–2100, месяцы 01–12)'
		);
		const spring = refusal(() =>
			parseOpendata1m(
				[{ razdel: 'R1', shifr: '1', region: 'Акмолинская область', period: 'весна' }],
				'a.json'
			)
		);
		expect(spring.message).toBe(
			'a.json, record 1: date «весна» is not YYYY, YYYY-MM or YYYY-MM-DD'
		);
		expect(refusalText({ message: spring.message, ...spring.refusal }, 'kk').text).toBe(
			'a.json, 1-жазба: «весна» күні ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК түрінде емес'
		);
	});

	it('names the cells of a changed workbook that needs --replace', () => {
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
		const e = replaceRefusal('Акмола.xlsx', row, older, {
			count: 1234,
			first: [{ sheet: 'R1-1', cell: 'E7', old: 5317, new: 5320 }]
		} as never);
		expect(e.message).toBe(
			'Акмола.xlsx: Form 1-M KZ-11 2022 is already imported from «Akmola Region.XLSX» (sha256 aaaaaaaaaaaa…), ' +
				'and this workbook differs from it in 1234 cells (R1-1!E7 5317→5320, …). The imported file is kept. ' +
				'To make Акмола.xlsx the one for Form 1-M KZ-11 2022, import it again with --replace ' +
				'(the old file stays listed in the import history as replaced).'
		);
		expect(refusalText({ message: e.message, ...e.refusal }, 'ru').text).toContain(
			'отличается от неё в ячейках: 1\u00a0234 (R1-1!E7 5317→5320, …)'
		);
	});

	it('codes a source file’s broken header (courts CSV)', () => {
		const e = refusal(() =>
			readCourtOutcomes(new TextEncoder().encode('type_of_punish,amnt_osuzhden\nrape,1\n'), 'c.csv')
		);
		expect(e.code).toBe('courtsHeader');
		expect(refusalText({ message: e.message, ...e.refusal }, 'kk').text).toBe(
			'c.csv: тақырып жолы type_of_punish деп басталып, year деп аяқталуы керек; бұл сот нәтижелерінің файлы емес'
		);
	});
});

describe('a stored refusal without a code', () => {
	it('is shown as stored and marked English (an audit line from before codes)', () => {
		const old = { message: 'a.xlsx: something went wrong' };
		expect(refusalText(old, 'ru')).toEqual({ text: old.message, lang: 'en' });
		expect(refusalText({ ...old, code: 'noSuchCode', params: {} }, 'kk')).toEqual({
			text: old.message,
			lang: 'en'
		});
	});

	it('names the file first when the sentence does not (an unknown --form)', () => {
		const e = refusal(() => normalizeFormId('3-K'));
		expect(refusalText({ message: e.message, ...e.refusal, file: 'a.xlsx' }, 'ru').text).toBe(
			'a.xlsx: неизвестная форма «3-K»: укажите 1-M или СНГ-1 (можно 1m, sng1)'
		);
	});
});
