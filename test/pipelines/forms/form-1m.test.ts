// Form 1-M reader on real 2022 workbooks. Every expected figure was read by hand from the
// sheet XML (unzip -p FILE xl/worksheets/sheetN.xml, cell <v>, labels via sharedStrings.xml);
// the sheet → part map is xl/workbook.xml + rels: R1 sheet1, R1-1 sheet2, R4 sheet7,
// R5 sheet9, R11 sheet15, PRIL2 sheet17, PRIL4 sheet19, PRIL5 sheet20, PRIL11 sheet26.
import { describe, expect, it } from 'vitest';
import { FORM_1M_SHEETS } from '../../../pipelines/forms/form-1m/index.ts';
import { readFormWorkbook } from '../../../pipelines/forms/index.ts';
import type { FormCell, ParsedForm } from '../../../pipelines/forms/types.ts';
import { FORM_1M_DIR, readData } from './real-data.ts';

const cache = new Map<string, ParsedForm>();
function parsed(file: string): ParsedForm {
	if (!cache.has(file)) cache.set(file, readFormWorkbook(readData(FORM_1M_DIR, file), file));
	return cache.get(file)!;
}
function cellOf(p: ParsedForm, section: string, rowCode: string, grafa: string): FormCell {
	const found = p.cells.filter(
		(c) => c.section === section && c.rowCode === rowCode && c.grafa === grafa
	);
	expect(found, `${section} row ${rowCode} графа ${grafa}`).toHaveLength(1);
	return found[0];
}

// [section, row code, графа, cell] → value per region, from the XML of each file.
const PROBES: [string, string, string, string][] = [
	['R1', '1', '1', 'E7'], // all offences, in production
	['R1', '1', '2', 'F7'], // all offences, registered in ЕРДР
	['R1-1', '3', '1', 'E9'], // crimes registered in the period (the published figure)
	['R1', '107', '1', 'E113'], // Глава 6. … против собственности
	['R1', '107', '2', 'F113'],
	['R1', '109', '1', 'E115'], // Кража (ст.188)
	['R1', '109', '2', 'F115'],
	['R5', '1', '2', 'F7'], // penitentiary crime, registered
	['PRIL5', '1', '1', 'E7'], // all misdemeanours
	['PRIL11', '1', '2', 'F7'], // grave + especially grave, registered
	['R11', '1', '2', 'F7'], // intentional crimes causing death
	['R11', '2', '3', 'G8'], // murder ст.99 ч.1, number of dead
	['R4', '1', '1', 'E7'], // established damage, thousand tenge
	['PRIL2', '27', '1', 'E33'], // УКП / АКП
	['PRIL4', '41', '1', 'E47'] // suicide attempts
];
const EXPECTED: Record<string, { region: string; values: number[] }> = {
	'Akmola Region.XLSX': {
		region: 'Акмолинская область',
		values: [6584, 5317, 4535, 4839, 3967, 2443, 2099, 7, 1231, 1256, 56, 29, 9519910.491, 763, 207]
	},
	'Shymkent.XLSX': {
		region: 'г.Шымкент',
		values: [
			11933, 9791, 8850, 9424, 7883, 3457, 3074, 2, 1323, 3541, 32, 12, 11203485.923, 426, 108
		]
	},
	'Astana.XLSX': {
		region: 'Астана',
		values: [
			20313, 17144, 14672, 16403, 14157, 6284, 5688, 6, 3572, 3715, 37, 12, 146933471.347, 2146, 466
		]
	},
	// File named "Mangistay" (sic); the title says Мангистауская область.
	'Mangistay Region.XLSX': {
		region: 'Мангистауская область',
		values: [4407, 3716, 2930, 2647, 2258, 999, 863, 2, 966, 1364, 21, 9, 17544619.923, 386, 62]
	}
};

describe.each(Object.entries(EXPECTED))('Form 1-M %s', (file, { region, values }) => {
	it('takes form and region from the document title', () => {
		const p = parsed(file);
		expect(p.form).toBe('1-M');
		expect(p.regionName).toBe(region);
		expect(p.title).toBe(`1-M  ${region} (Свод)`);
		expect(p.sheets).toEqual([...FORM_1M_SHEETS]);
	});
	it.each(PROBES.map((probe, i) => [...probe, values[i]] as const))(
		'%s row %s графа %s (%s) = %s',
		(section, rowCode, grafa, cell, value) => {
			const c = cellOf(parsed(file), section, rowCode, grafa);
			expect(c.cell).toBe(cell);
			expect(c.value).toBe(value);
		}
	);
});

describe('Form 1-M labels, articles and chapters (Akmola 2022)', () => {
	const p = () => parsed('Akmola Region.XLSX');

	it('rebuilds column label paths from the merged header cells', () => {
		// R1: E4:E5 (double space in "в  отчетном" collapsed), H4:I4 'из графы 2' over H5,
		// L4:N4 'из них' over M5 'дознание ', R4:AA4 over S5.
		expect(cellOf(p(), 'R1', '1', '1').columnLabel).toEqual([
			'Количество правонарушений, уголовные дела о которых находились в производстве в отчетном периоде'
		]);
		expect(cellOf(p(), 'R1', '1', '4').columnLabel).toEqual(['из графы 2', 'в отношении женщин']);
		expect(cellOf(p(), 'R1', '1', '9').columnLabel).toEqual(['из них', 'дознание']);
		expect(cellOf(p(), 'R1', '1', '15').columnLabel).toEqual([
			'Количество правонарушений по которым прерваны сроки досудебного расследования в отчетном периоде',
			'п.1) ч.7 ст.45 УПК РК (неустановления лица, совершившего уголовное правонарушение)'
		]);
		// R2: F3:U3 'из них совершено' / F4 'из графы 1' / F5; S4:U4 'в том числе из графы 12' / T5.
		expect(cellOf(p(), 'R2', '1', '2').columnLabel).toEqual([
			'из них совершено',
			'из графы 1',
			'из них зарегистрированные в текущем году'
		]);
		expect(cellOf(p(), 'R2', '1', '16').columnLabel).toEqual([
			'из них совершено',
			'в том числе из графы 12',
			'преступное сообщество'
		]);
		// R5: G4:P4 'из них' over G5.
		expect(cellOf(p(), 'R5', '1', '3').columnLabel).toEqual([
			'из них',
			'учреждение минимальной безопасности'
		]);
	});

	it('builds hierarchical row labels, replacing "из них" connectors by their parent row', () => {
		// R1: A7:C7 'Всего правонарушений'; A8:A428 'из них'; B9:C9 'преступлений '; B10:B13
		// 'из них'; C10 'небольшой тяжести'; B19:C19 'Глава 1. …'; B20:B53 'из них'; C20.
		expect(cellOf(p(), 'R1', '4', '1').rowLabel).toEqual([
			'Всего правонарушений',
			'преступлений',
			'небольшой тяжести'
		]);
		expect(cellOf(p(), 'R1', '14', '1').rowLabel).toEqual([
			'Всего правонарушений',
			'Глава 1. Уголовные правонарушения против личности',
			'Убийство (ст.99)'
		]);
		// PRIL2: A33:B40 'УКП', C33 'АКП'; A19:B23 'в том числе из стр.10' under A18, C20 'ГСО'.
		expect(cellOf(p(), 'PRIL2', '27', '1').rowLabel).toEqual(['УКП', 'АКП']);
		expect(cellOf(p(), 'PRIL2', '14', '1').rowLabel).toEqual([
			'Патрульно-постовые наряды (стр.11-15)',
			'в том числе из стр.10',
			'ГСО'
		]);
		// PRIL4: A47:C47 attempts; A48:A86 'в том числе'; B48:C48 'мужского пола'.
		expect(cellOf(p(), 'PRIL4', '42', '1').rowLabel).toEqual([
			'Всего совершено попыток суицида (в лицах)',
			'мужского пола'
		]);
		// R11 (labels in B–C): B7:C7 total; B8:B15 'из них:'; C8 'Убийство (ст.99 ч.1) '.
		expect(cellOf(p(), 'R11', '2', '1').rowLabel).toEqual([
			'Всего преступлений (из строк 2 - 9)',
			'Убийство (ст.99 ч.1)'
		]);
	});

	it('parses the article and chapter of each row', () => {
		const row = (section: string, code: string) => {
			const c = cellOf(p(), section, code, '1');
			return { article: c.article, chapter: c.chapter };
		};
		expect(row('R1', '1')).toEqual({ article: null, chapter: null });
		expect(row('R1', '11')).toEqual({ article: '000', chapter: null }); // (ст.000), D17
		expect(row('R1', '12')).toEqual({ article: '001', chapter: null }); // (ст.001), D18
		expect(row('R1', '13')).toEqual({ article: null, chapter: '1' }); // Глава 1, D19
		expect(row('R1', '15')).toEqual({ article: null, chapter: '1' }); // приготовление и покушение, D21
		expect(row('R1', '109')).toEqual({ article: '188', chapter: '6' }); // Кража (ст.188), D115
		expect(row('R1', '117')).toEqual({ article: '188-1', chapter: '6' }); // Скотокрадство, D123
		expect(row('R1', '392')).toEqual({ article: null, chapter: '18' }); // Глава 18, D398
		expect(row('R11', '2')).toEqual({ article: '99', chapter: null }); // (ст.99 ч.1)
		expect(row('R11', '10')).toEqual({ article: null, chapter: null }); // ст.24 ч.1, ст.24 ч.3, ст.99
		expect(cellOf(p(), 'R1', '117', '1').value).toBe(106); // E123
		// R1 chapter rows, as listed in pipelines/forms/form-1m/README.md.
		const chapters = new Map<string, string>();
		for (const c of p().cells)
			if (c.section === 'R1' && c.chapter && c.rowLabel.at(-1)!.startsWith('Глава'))
				chapters.set(c.chapter, c.rowCode);
		expect([...chapters]).toEqual(
			[13, 48, 62, 78, 94, 107, 141, 151, 188, 194, 238, 261, 269, 290, 309, 321, 360, 392].map(
				(code, i) => [String(i + 1), String(code)]
			)
		);
	});

	it('yields every numeric cell: each section is a full grid of its rows × графы', () => {
		// Графы per section = the last number in the графы row 6 (e.g. R1 AI6 = 31, PRIL4 BA6 = 49);
		// rows = the last row code in column D (R1 D428 = 422, R11 D27 = 21, PRIL2 D89 = 83).
		const GRAFY: Record<string, number> = {
			R1: 31,
			'R1-1': 30,
			'R1-2': 30,
			R2: 17,
			R3: 26,
			'R3-1': 24,
			R4: 18,
			'R4-1': 16,
			R5: 29,
			R6: 19,
			R7: 16,
			R8: 16,
			R9: 19,
			R10: 9,
			R11: 24,
			PRIL1: 30,
			PRIL2: 31,
			PRIL3: 3,
			PRIL4: 49,
			PRIL5: 28,
			PRIL6: 27,
			PRIL7: 27,
			PRIL8: 27,
			PRIL9: 27,
			PRIL10: 27,
			PRIL11: 23
		};
		const rows = new Map<string, Set<string>>();
		const grafy = new Map<string, Set<string>>();
		const count = new Map<string, number>();
		for (const c of p().cells) {
			if (!rows.has(c.section)) (rows.set(c.section, new Set()), grafy.set(c.section, new Set()));
			rows.get(c.section)!.add(c.rowCode);
			grafy.get(c.section)!.add(c.grafa);
			count.set(c.section, (count.get(c.section) ?? 0) + 1);
		}
		expect([...rows.keys()]).toEqual([...FORM_1M_SHEETS]);
		for (const s of FORM_1M_SHEETS) {
			expect(grafy.get(s)!.size, s).toBe(GRAFY[s]);
			expect(count.get(s), s).toBe(rows.get(s)!.size * GRAFY[s]);
		}
		expect(rows.get('R1')!.size).toBe(422);
		expect(rows.get('R11')!.size).toBe(21);
		expect(rows.get('PRIL2')!.size).toBe(83);
		// R1: 13535 numeric <v> cells in sheet1.xml, minus 422 codes (D7:D428) and 31 графы (E6:AI6).
		expect(count.get('R1')).toBe(13082);
	});
});
