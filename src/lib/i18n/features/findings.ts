/**
 * The words of validation findings in ru, kk and en: each finding kind's sentence and each
 * rule in words, built by ../finding-text.ts from the finding's columns and parameters
 * ($lib/domain/finding-params.ts). The `en` sentences are the stored `message` too (the
 * validators render them), so the CLI, the exports and the pages say one wording.
 * Functions, not strings: the numbers and cells go in different places in each language.
 */
import type { CellKind, CellWhere } from '../../domain/finding-params';

export type { CellKind };

/** Labels of the findings table (the core dictionary is not this module's to edit). */
export const FINDING_LABELS = {
	ru: { messageEn: 'Сообщение (исходное, англ.)' },
	kk: { messageEn: 'Хабарлама (бастапқы, ағылш.)' },
	en: { messageEn: 'Message (stored, English)' }
} as const;

/** The parts of a control-sum finding (`R1.row1=row2+row3`, `PRIL5=R1.row2`, …). */
export interface SumParts {
	section: string;
	rows: string;
	grafa: string;
	cell: string | null;
	found: string;
	refSection: string;
	refRows: string[];
	refGrafa: string;
	expected: string;
	/** What the rule says, already in the language (`what` below). */
	what: string;
}

export interface ChapterParts {
	section: string;
	chapter: string;
	row: string;
	grafa: string;
	cell: string | null;
	found: string;
	summands: string;
	expected: string;
}

export interface CrossParts {
	sngCell: string;
	found: string;
	m1Cell: string;
	expected: string;
}

export interface MonthlyParts {
	section: string;
	row: string;
	grafa: string;
	period: string;
	cell: string;
	found: string;
	previous: string;
	expected: string;
	difference: string;
}

export interface CellOneParts {
	file: string;
	sheet: string;
	cell: string;
	row: string | null;
	grafa: string | null;
	value: string;
	kind: CellKind;
	where: string | null;
}

export interface CellManyParts {
	file: string;
	sheet: string;
	count: string;
	range: string;
	kind: CellKind;
	where: string | null;
	shown: string;
	first: string;
}

export interface PublishedParts {
	source: string;
	indicator: string;
	from: string;
	to: string;
	found: string;
	expected: string;
	difference: string;
	rows: string;
}

/** Where a cell outside the table lies (forms/form-1m/section.ts). */
export type WhereParts = CellWhere;

/** A rule id in words (the «Rule» column of /data): sections and rows the rule names. */
export interface RuleWords {
	/** `R1-1.row3=row4+5+6+7`: a section's total row = the sum of its rows. */
	sectionSum(section: string, row: string, refRows: string[]): string;
	/** `PRIL11=R1.row6+7`: an appendix's total (row 1) = R1's rows. */
	appendix(section: string, refRows: string[]): string;
	chapter: string;
	crossForm: string;
	monthly: string;
	cell: Record<CellKind, string>;
	publishedTotal: string;
}

export interface FindingWords {
	sum(p: SumParts): string;
	/** The rule's statement, by kind: total = parts. */
	sumWhat: {
		rows123(section: string): string;
		rows3to7(section: string): string;
		appendix(section: string, refRows: string[]): string;
	};
	chapter(p: ChapterParts): string;
	cross(p: CrossParts): string;
	monthly(p: MonthlyParts): string;
	cellOne(p: CellOneParts): string;
	cellMany(p: CellManyParts): string;
	where(p: WhereParts): string;
	published(p: PublishedParts): string;
	/** Published indicators the consistency check can name; others keep the stored message. */
	indicators: Record<string, string>;
	/** «and» between the total's row id and its yearly rows' ids. */
	and: string;
	rule: RuleWords;
}

/** R1's row of each appendix's total (rules.ts appendixRule), by the R1 rows it equals. */
type AppendixRow = '2' | '3' | '4' | '5' | '6' | '7' | '6+7';
const appendixRow = (refRows: string[]) => refRows.join('+') as AppendixRow;

const ruAppendix: Record<AppendixRow, string> = {
	'2': 'уголовные проступки (строка 2)',
	'3': 'преступления (строка 3)',
	'4': 'небольшой тяжести (строка 4)',
	'5': 'средней тяжести (строка 5)',
	'6': 'тяжкие (строка 6)',
	'7': 'особо тяжкие (строка 7)',
	'6+7': 'тяжкие + особо тяжкие (строки 6 + 7)'
};
const kkAppendix: Record<AppendixRow, string> = {
	'2': 'қылмыстық теріс қылықтар (2-жол)',
	'3': 'қылмыстар (3-жол)',
	'4': 'онша ауыр емес (4-жол)',
	'5': 'ауырлығы орташа (5-жол)',
	'6': 'ауыр (6-жол)',
	'7': 'аса ауыр (7-жол)',
	'6+7': 'ауыр + аса ауыр (6 + 7-жолдар)'
};
const enAppendix: Record<AppendixRow, string> = {
	'2': 'misdemeanours (row 2)',
	'3': 'crimes (row 3)',
	'4': 'minor (row 4)',
	'5': 'medium (row 5)',
	'6': 'grave (row 6)',
	'7': 'especially grave (row 7)',
	'6+7': 'grave + especially grave (rows 6 + 7)'
};

const ruCellWhat: Record<CellKind, { one: string; many: string; done: string }> = {
	'not-a-number': {
		one: 'содержит текст там, где в форме число',
		many: 'содержат текст там, где в форме число',
		done: 'не прочитано как показатель; исправьте книгу или обратитесь в Комитет'
	},
	'not-finite': {
		one: 'содержит значение, не являющееся конечным числом, там, где в форме число',
		many: 'содержат значения, не являющиеся конечными числами, там, где в форме число',
		done: 'не прочитано как показатель; исправьте книгу или обратитесь в Комитет'
	},
	negative: {
		one: 'отрицательное, а форма считает правонарушения, лиц или тенге',
		many: 'отрицательные, а форма считает правонарушения, лиц или тенге',
		done: 'сохранено как опубликовано'
	},
	'outside-layout': {
		one: 'находится вне таблицы формы',
		many: 'находятся вне таблицы формы',
		done: 'не прочитано; проверьте, не сохранена ли там часть отчёта'
	}
};
const kkCellWhat: Record<CellKind, { one: string; many: string; done: string }> = {
	'not-a-number': {
		one: 'нысанда сан тұруға тиіс жерде мәтін бар',
		many: 'нысанда сан тұруға тиіс жерде мәтін бар',
		done: 'көрсеткіш ретінде оқылмады; кітапты түзетіңіз немесе Комитетке жүгініңіз'
	},
	'not-finite': {
		one: 'нысанда сан тұруға тиіс жерде шекті сан емес мән бар',
		many: 'нысанда сан тұруға тиіс жерде шекті сан емес мәндер бар',
		done: 'көрсеткіш ретінде оқылмады; кітапты түзетіңіз немесе Комитетке жүгініңіз'
	},
	negative: {
		one: 'теріс мән, ал нысан құқық бұзушылықтарды, адамдарды немесе теңгені санайды',
		many: 'теріс мәндер, ал нысан құқық бұзушылықтарды, адамдарды немесе теңгені санайды',
		done: 'жарияланғандай сақталды'
	},
	'outside-layout': {
		one: 'нысан кестесінен тыс орналасқан',
		many: 'нысан кестесінен тыс орналасқан',
		done: 'оқылмады; есептің бір бөлігі сонда сақталмағанын тексеріңіз'
	}
};
const enCellWhat: Record<CellKind, { one: string; many: string; done: string }> = {
	'not-a-number': {
		one: 'holds text where the form has a number',
		many: 'hold text where the form has a number',
		done: 'not read as a figure; correct the workbook or ask the Committee'
	},
	'not-finite': {
		one: 'holds a value that is not a finite number where the form has a number',
		many: 'hold values that are not finite numbers where the form has a number',
		done: 'not read as a figure; correct the workbook or ask the Committee'
	},
	negative: {
		one: 'is negative, but the form counts offences, persons or tenge',
		many: 'are negative, but the form counts offences, persons or tenge',
		done: 'kept as published'
	},
	'outside-layout': {
		one: "lies outside the form's table",
		many: "lie outside the form's table",
		done: 'not read; check that nothing of the report was saved there'
	}
};

const ruPlace = (row: string | null, grafa: string | null) => {
	const parts = [row !== null && `строка ${row}`, grafa !== null && `графа ${grafa}`];
	const text = parts.filter(Boolean).join(', ');
	return text ? ` (${text})` : '';
};
const kkPlace = (row: string | null, grafa: string | null) => {
	const parts = [row !== null && `${row}-жол`, grafa !== null && `${grafa}-баған`];
	const text = parts.filter(Boolean).join(', ');
	return text ? ` (${text})` : '';
};
const enPlace = (row: string | null, grafa: string | null) => {
	const parts = [row !== null && `row ${row}`, grafa !== null && `графа ${grafa}`];
	const text = parts.filter(Boolean).join(' ');
	return text ? ` (${text})` : '';
};

/** A section's number as the printed form writes it: R1-1 → 1-1, PRIL11 → 11. */
const sectionNo = (s: string) => s.replace(/^(R|PRIL)/, '');

export const ru: FindingWords = {
	sum: (p) =>
		`${p.section}, строка ${p.rows}, графа ${p.grafa}${p.cell ? ` (ячейка ${p.cell})` : ''}: ` +
		`${p.found}, но ${p.refSection}, ${p.refRows.length > 1 ? 'строки' : 'строка'} ` +
		`${p.refRows.join(' + ')}, графа ${p.refGrafa} в сумме дают ${p.expected} (${p.what}); ` +
		'сохранено как опубликовано',
	sumWhat: {
		rows123: (s) =>
			`${s}: все правонарушения (строка 1) = уголовные проступки (строка 2) + преступления (строка 3)`,
		rows3to7: (s) =>
			`${s}: преступления (строка 3) = небольшой + средней тяжести + тяжкие + особо тяжкие (строки 4–7)`,
		appendix: (s, refRows) => `итог ${s} (строка 1) = R1 ${ruAppendix[appendixRow(refRows)]}`
	},
	chapter: (p) =>
		`${p.section}, глава ${p.chapter} (строка ${p.row}), графа ${p.grafa}` +
		`${p.cell ? ` (ячейка ${p.cell})` : ''}: ${p.found}, но её строки статей (${p.summands}) ` +
		`в сумме дают ${p.expected}; сохранено как опубликовано`,
	cross: (p) =>
		`СНГ-1, R1 «Всего», графа 1 (ячейка ${p.sngCell}): ${p.found}, но форма 1-M, R1-1, ` +
		`строка 3, графа 1 (ячейка ${p.m1Cell}) даёт ${p.expected} преступлений; сохранено как опубликовано`,
	monthly: (p) =>
		`${p.section}, строка ${p.row}, графа ${p.grafa}: нарастающий итог за ${p.period} ` +
		`(ячейка ${p.cell}) — ${p.found}, меньше, чем за ${p.previous} (${p.expected}), поэтому ` +
		`значение за месяц ${p.difference}; сохранено как опубликовано`,
	cellOne: (p) =>
		`${p.file}, лист ${p.sheet}, ячейка ${p.cell}${ruPlace(p.row, p.grafa)}: ${p.value} ` +
		`${ruCellWhat[p.kind].one}${p.where ? ` (${p.where})` : ''}; ${ruCellWhat[p.kind].done}`,
	cellMany: (p) =>
		`${p.file}, лист ${p.sheet}: ячеек в ${p.range} — ${p.count}, они ${ruCellWhat[p.kind].many}` +
		`${p.where ? ` (первая — ${p.where})` : ''}; первые ${p.shown}: ${p.first} …; ` +
		ruCellWhat[p.kind].done,
	where: (p) =>
		p.kind === 'below'
			? `ниже последней строки таблицы с кодом ${p.row}`
			: p.kind === 'right'
				? `правее последней графы (столбец ${p.column})`
				: 'левее столбцов с названиями строк',
	published: (p) =>
		`${p.source}: ${p.indicator} за ${p.from}–${p.to} = ${p.found}, но годовые значения того же ` +
		`источника в сумме дают ${p.expected} (разница ${p.difference}); оба сохранены как ` +
		`опубликовано (строки ${p.rows})`,
	indicators: {
		acquitted_persons: 'оправданные лица',
		convicted_persons: 'осуждённые лица',
		registered_criminal_offences: 'зарегистрированные уголовные правонарушения',
		registered_crimes: 'зарегистрированные преступления',
		registered_criminal_misdemeanours: 'зарегистрированные уголовные проступки',
		prison_population: 'численность содержащихся в учреждениях УИС',
		probation_registered: 'состоящие на учёте службы пробации'
	},
	and: 'и',
	rule: {
		sectionSum: (s, row, refRows) =>
			`Разд. ${sectionNo(s)}: стр. ${row} = стр. ${refRows.join('+')}`,
		appendix: (s, refRows) => `Прил. ${sectionNo(s)}: стр. 1 = разд. 1, стр. ${refRows.join('+')}`,
		chapter: 'Глава = сумма её статей',
		crossForm: 'СНГ-1, разд. 1, стр. 1 = 1-M, разд. 1-1, стр. 3',
		monthly: 'Нарастающий итог не убывает',
		cell: {
			'not-a-number': 'В ячейке формы число',
			'not-finite': 'В ячейке формы конечное число',
			negative: 'Значение ячейки ≥ 0',
			'outside-layout': 'Ячейка в таблице формы'
		},
		publishedTotal: 'Итог за годы = сумма годовых значений'
	}
};

export const kk: FindingWords = {
	sum: (p) =>
		`${p.section}, ${p.rows}-жол, ${p.grafa}-баған${p.cell ? ` (${p.cell} ұяшығы)` : ''}: ` +
		`${p.found}, бірақ ${p.refSection}, ${p.refRows.join(' + ')}-${p.refRows.length > 1 ? 'жолдар' : 'жол'}, ` +
		`${p.refGrafa}-баған қосындысы ${p.expected} (${p.what}); жарияланғандай сақталды`,
	sumWhat: {
		rows123: (s) =>
			`${s}: барлық құқық бұзушылықтар (1-жол) = қылмыстық теріс қылықтар (2-жол) + қылмыстар (3-жол)`,
		rows3to7: (s) =>
			`${s}: қылмыстар (3-жол) = онша ауыр емес + ауырлығы орташа + ауыр + аса ауыр (4–7-жолдар)`,
		appendix: (s, refRows) => `${s} жиыны (1-жол) = R1 ${kkAppendix[appendixRow(refRows)]}`
	},
	chapter: (p) =>
		`${p.section}, ${p.chapter}-тарау (${p.row}-жол), ${p.grafa}-баған` +
		`${p.cell ? ` (${p.cell} ұяшығы)` : ''}: ${p.found}, бірақ оның бап жолдарының (${p.summands}) ` +
		`қосындысы ${p.expected}; жарияланғандай сақталды`,
	cross: (p) =>
		`СНГ-1, R1 «Барлығы», 1-баған (${p.sngCell} ұяшығы): ${p.found}, бірақ 1-M нысаны, R1-1, ` +
		`3-жол, 1-баған (${p.m1Cell} ұяшығы) ${p.expected} қылмыс көрсетеді; жарияланғандай сақталды`,
	monthly: (p) =>
		`${p.section}, ${p.row}-жол, ${p.grafa}-баған: ${p.period} өспелі жиыны (${p.cell} ұяшығы) ` +
		`${p.found}, бұл ${p.previous} кезеңіндегі ${p.expected} мәнінен аз, сондықтан бір айдағы мән ` +
		`${p.difference}; жарияланғандай сақталды`,
	cellOne: (p) =>
		`${p.file}, ${p.sheet} парағы, ${p.cell} ұяшығы${kkPlace(p.row, p.grafa)}: ${p.value} — ` +
		`${kkCellWhat[p.kind].one}${p.where ? ` (${p.where})` : ''}; ${kkCellWhat[p.kind].done}`,
	cellMany: (p) =>
		`${p.file}, ${p.sheet} парағы: ${p.range} аралығындағы ${p.count} ұяшықта ` +
		`${kkCellWhat[p.kind].many}${p.where ? ` (біріншісі ${p.where})` : ''}; алғашқы ${p.shown}: ` +
		`${p.first} …; ${kkCellWhat[p.kind].done}`,
	where: (p) =>
		p.kind === 'below'
			? `кестенің кодталған соңғы ${p.row}-жолынан төмен`
			: p.kind === 'right'
				? `соңғы бағаннан оңға қарай (${p.column} бағанасы)`
				: 'жол атаулары бағандарынан солға қарай',
	published: (p) =>
		`${p.source}: ${p.from}–${p.to} жылдардағы ${p.indicator} = ${p.found}, бірақ сол дереккөздің ` +
		`жылдық мәндерінің қосындысы ${p.expected} (айырмасы ${p.difference}); екеуі де ` +
		`жарияланғандай сақталды (${p.rows} жолдары)`,
	indicators: {
		acquitted_persons: 'ақталған адамдар',
		convicted_persons: 'сотталған адамдар',
		registered_criminal_offences: 'тіркелген қылмыстық құқық бұзушылықтар',
		registered_crimes: 'тіркелген қылмыстар',
		registered_criminal_misdemeanours: 'тіркелген қылмыстық теріс қылықтар',
		prison_population: 'ҚАЖ мекемелеріндегі адамдар саны',
		probation_registered: 'пробация қызметінің есебінде тұрғандар'
	},
	and: 'және',
	rule: {
		sectionSum: (s, row, refRows) =>
			`${sectionNo(s)}-бөлім: ${row}-жол = ${refRows.join('+')}-${refRows.length > 1 ? 'жолдар' : 'жол'}`,
		appendix: (s, refRows) =>
			`${sectionNo(s)}-қосымша: 1-жол = 1-бөлім, ${refRows.join('+')}-${refRows.length > 1 ? 'жолдар' : 'жол'}`,
		chapter: 'Тарау = баптарының қосындысы',
		crossForm: 'СНГ-1, 1-бөлім, 1-жол = 1-M, 1-1-бөлім, 3-жол',
		monthly: 'Өспелі жиын кемімейді',
		cell: {
			'not-a-number': 'Нысан ұяшығында сан',
			'not-finite': 'Нысан ұяшығында шекті сан',
			negative: 'Ұяшық мәні ≥ 0',
			'outside-layout': 'Ұяшық нысан кестесінде'
		},
		publishedTotal: 'Көпжылдық жиын = жылдық мәндердің қосындысы'
	}
};

/** English: the pipelines' own sentences (so en reads as the stored record), numbers formatted. */
export const en: FindingWords = {
	sum: (p) =>
		`${p.section} row ${p.rows} графа ${p.grafa}${p.cell ? ` (cell ${p.cell})` : ''} is ${p.found}, ` +
		`but ${p.refSection} row${p.refRows.length > 1 ? 's' : ''} ${p.refRows.join(' + ')} графа ` +
		`${p.refGrafa} sum to ${p.expected} (${p.what}); kept as published`,
	sumWhat: {
		rows123: (s) => `${s}: all offences (row 1) = misdemeanours (row 2) + crimes (row 3)`,
		rows3to7: (s) => `${s}: crimes (row 3) = minor + medium + grave + especially grave (rows 4–7)`,
		appendix: (s, refRows) => `${s} total (row 1) = R1 ${enAppendix[appendixRow(refRows)]}`
	},
	chapter: (p) =>
		`${p.section} chapter ${p.chapter} (row ${p.row}) графа ${p.grafa}` +
		`${p.cell ? ` (cell ${p.cell})` : ''} is ${p.found}, but its ${p.summands} article rows sum ` +
		`to ${p.expected}; kept as published`,
	cross: (p) =>
		`СНГ-1 R1 "Всего" графа 1 (cell ${p.sngCell}) is ${p.found}, but Form 1-M R1-1 row 3 графа 1 ` +
		`(cell ${p.m1Cell}) gives ${p.expected} crimes; kept as published`,
	monthly: (p) =>
		`${p.section} row ${p.row} графа ${p.grafa}: cumulative ${p.period} (cell ${p.cell}) is ` +
		`${p.found}, below ${p.previous}'s ${p.expected}, so the de-cumulated value is ` +
		`${p.difference}; kept as published`,
	cellOne: (p) =>
		`${p.file}, sheet ${p.sheet}, cell ${p.cell}${enPlace(p.row, p.grafa)}: ${p.value} ` +
		`${enCellWhat[p.kind].one}${p.where ? ` (${p.where})` : ''}; ${enCellWhat[p.kind].done}`,
	cellMany: (p) =>
		`${p.file}, sheet ${p.sheet}: ${p.count} cells in ${p.range} ${enCellWhat[p.kind].many}` +
		`${p.where ? ` (the first ${p.where})` : ''}; the first ${p.shown}: ${p.first} …; ` +
		enCellWhat[p.kind].done,
	where: (p) =>
		p.kind === 'below'
			? `below the table's last coded row ${p.row}`
			: p.kind === 'right'
				? `right of the last графа (column ${p.column})`
				: 'left of the label columns',
	published: (p) =>
		`${p.source} states ${p.indicator} ${p.from}–${p.to} = ${p.found}, but its own yearly ` +
		`figures sum to ${p.expected} (difference ${p.difference}); both are kept as published ` +
		`(rows ${p.rows})`,
	indicators: {
		acquitted_persons: 'acquitted persons',
		convicted_persons: 'convicted persons',
		registered_criminal_offences: 'registered criminal offences',
		registered_crimes: 'registered crimes',
		registered_criminal_misdemeanours: 'registered criminal misdemeanours',
		prison_population: 'prison population',
		probation_registered: 'probation registered'
	},
	and: 'and',
	rule: {
		sectionSum: (s, row, refRows) =>
			`Section ${sectionNo(s)}: row ${row} = row${refRows.length > 1 ? 's' : ''} ${refRows.join('+')}`,
		appendix: (s, refRows) =>
			`Appendix ${sectionNo(s)}: row 1 = section 1, row${refRows.length > 1 ? 's' : ''} ${refRows.join('+')}`,
		chapter: 'Chapter = sum of its articles',
		crossForm: 'СНГ-1 section 1 row 1 = 1-M section 1-1 row 3',
		monthly: 'Cumulative figures do not fall',
		cell: {
			'not-a-number': 'A form cell holds a number',
			'not-finite': 'A form cell holds a finite number',
			negative: 'A cell value is ≥ 0',
			'outside-layout': "A cell lies inside the form's table"
		},
		publishedTotal: 'A multi-year total = the sum of its years'
	}
};
