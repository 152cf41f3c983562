/**
 * The part of the official Form 1-M template the demo fills: row codes, labels and графы as
 * printed in the real workbooks (checked in ../shared/data/qamqor/form-1m/2022, sheets R1,
 * R1-1, R2, R4, R5: row codes in column D, графы in row 6; the same codes in R1 and R1-1).
 * The demo must look like an import of real files, so nothing here is invented.
 */

export interface DemoRow {
	code: string;
	label: string[];
	article: string | null;
	chapter: string | null;
}

/** Root of every R1 row label (row labels are paths, as the Form 1-M reader writes them). */
export const ALL_OFFENCES = 'Всего правонарушений';
const ALL = ALL_OFFENCES;
const CRIMES = 'преступлений';

/** R1 / R1-1 rows 1–7 (totals and severity). */
export const SEVERITY_ROWS: DemoRow[] = [
	{ code: '1', label: [ALL], article: null, chapter: null },
	{ code: '2', label: [ALL, 'проступки'], article: null, chapter: null },
	{ code: '3', label: [ALL, CRIMES], article: null, chapter: null },
	{ code: '4', label: [ALL, CRIMES, 'небольшой тяжести'], article: null, chapter: null },
	{ code: '5', label: [ALL, CRIMES, 'средней тяжести'], article: null, chapter: null },
	{ code: '6', label: [ALL, CRIMES, 'тяжкие'], article: null, chapter: null },
	{ code: '7', label: [ALL, CRIMES, 'особо тяжкие'], article: null, chapter: null }
];

/** Chapter rows of R1 / R1-1 (code, label as printed). */
export const CHAPTERS: Record<string, { code: string; label: string }> = {
	'1': { code: '13', label: 'Глава 1. Уголовные правонарушения против личности' },
	'2': { code: '48', label: 'Глава 2. Уголовные правонарушения против семьи и несовершеннолетних' },
	'6': { code: '107', label: 'Глава 6. Уголовные правонарушения против собственности' },
	'10': {
		code: '194',
		label:
			'Глава 10. Уголовные правонарушения против общественной безопасности и общественного порядка'
	},
	'11': {
		code: '238',
		label: 'Глава 11. Уголовные правонарушения против здоровья населения и нравственности'
	},
	'14': { code: '290', label: 'Глава 14. Транспортные уголовные правонарушения' },
	'15': {
		code: '309',
		label:
			'Глава 15. Коррупционные и иные уголовные правонарушения против интересов государственной службы и государственного управления'
	},
	'16': { code: '321', label: 'Глава 16. Уголовные правонарушения против порядка управления' },
	'17': {
		code: '360',
		label: 'Глава 17. Уголовные правонарушения против правосудия и порядка исполнения наказаний'
	}
};

/** Article rows of R1 / R1-1: a dozen common articles with their chapter. */
export const ARTICLES: Record<string, { code: string; chapter: string; label: string }> = {
	'99': { code: '14', chapter: '1', label: 'Убийство (ст.99)' },
	'106': {
		code: '22',
		chapter: '1',
		label: 'Умышленное причинение тяжкого вреда здоровью (ст.106)'
	},
	'107': {
		code: '23',
		chapter: '1',
		label: 'Умышленное причинение средней тяжести вреда здоровью (ст.107)'
	},
	'120': { code: '36', chapter: '1', label: 'Изнасилование (ст.120)' },
	'188': { code: '109', chapter: '6', label: 'Кража (ст.188)' },
	'190': { code: '119', chapter: '6', label: 'Мошенничество (ст.190)' },
	'191': { code: '127', chapter: '6', label: 'Грабеж (ст.191)' },
	'192': { code: '128', chapter: '6', label: 'Разбой (ст.192)' },
	'293': { code: '234', chapter: '10', label: 'Хулиганство (ст.293)' },
	'296': {
		code: '239',
		chapter: '11',
		label:
			'Незаконное обращение с наркотическими средствами, психотропными веществами, их аналогами, прекурсорами без цели сбыта (ст.296)'
	},
	'297': {
		code: '240',
		chapter: '11',
		label:
			'Незаконные изготовление, переработка, приобретение, хранение, перевозка в целях сбыта, пересылка либо сбыт наркотических средств, психотропных веществ, их аналогов (ст.297)'
	},
	'345': {
		code: '292',
		chapter: '14',
		label:
			'Нарушение правил дорожного движения или эксплуатации транспортных средств лицами, управляющими транспортными средствами (ст.345)'
	},
	'366': { code: '315', chapter: '15', label: 'Получение взятки (ст.366)' }
};

const REGISTERED = 'Количество правонарушений, зарегистрированных в ЕРДР в отчетном периоде';

/** Column labels per section and графа, as printed in the header rows. */
export const GRAFY: Record<string, Record<string, string[]>> = {
	'R1-1': { '1': [REGISTERED] },
	R1: {
		'1': [
			'Количество правонарушений, уголовные дела о которых находились в производстве в отчетном периоде'
		],
		'2': [REGISTERED],
		'3': ['в т.ч. совершенные в прошлых годах (из графы 2)'],
		'6': [
			'Количество правонарушений, уголовные дела о которых окончены производством в отчетном периоде'
		],
		'7': ['Количество правонарушений, уголовные дела о которых направлены в суд в отчётном периоде']
	},
	R2: {
		'1': ['количество правонарушений оконченных производством в отчетном периоде'],
		'3': ['из них совершено', 'несовершеннолетними, или при их соучастии'],
		'5': ['из них совершено', 'ранее совершавшими правонарушения']
	},
	R4: {
		'1': ['установленная сумма причиненного ущерба правонарушениями (тыс.тенге)'],
		'7': ['возмещенная сумма в ходе досудебного расследования (тыс.тенге)']
	},
	R5: {
		'2': ['Количество правонарушений, зарегистрированных в отчетном периоде'],
		...Object.fromEntries(
			[
				'учреждение минимальной безопасности',
				'учреждение средней безопасности',
				'учреждение максимальной безопасности',
				'учреждение чрезвычайной безопасности',
				'учреждение полной безопасности',
				'учреждение средней безопасности для содержания несовершеннолетних',
				'учреждения смешанной безопасности',
				'службы пробации',
				'ИВС',
				'Другие'
			].map((label, i) => [String(i + 3), ['из них', label]])
		)
	}
};

/** R5 графы 3–12: type of institution. */
export const R5_INSTITUTION_GRAFY = ['3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];

/**
 * Where the cell sits in the real template: графа N in column 4 + N (графа 1 = E) and row
 * code C on sheet row 6 + C (data start on row 7 with code 1) — true of R1, R1-1, R2, R4, R5.
 */
export function templateCell(rowCode: string, grafa: string): string {
	let col = 4 + Number(grafa);
	let letters = '';
	while (col > 0) {
		const r = (col - 1) % 26;
		letters = String.fromCharCode(65 + r) + letters;
		col = Math.floor((col - 1) / 26);
	}
	return `${letters}${6 + Number(rowCode)}`;
}
