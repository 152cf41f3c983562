// Label rules on label texts as the 2022 workbooks write them (sharedStrings.xml of the
// Form 1-M and СНГ-1 files), including their spacing and punctuation slips.
import { describe, expect, it } from 'vitest';
import {
	cleanLabel,
	connectorKind,
	parseArticle,
	parseChapter
} from '../../../pipelines/forms/form-1m/labels.ts';

describe('parseArticle', () => {
	it.each([
		['Убийство (ст.99) ', '99'],
		['Скотокрадство (ст.188-1) ', '188-1'],
		['Провокация преступления  (ст.412-1) ', '412-1'],
		['(Исчезновение лица) Факт криминального исчезновения не установлен (ст.000)', '000'],
		['(Смерть лица) Факт криминальной смерти не установлен (ст.001)', '001'],
		['Убийство (ст.99 ч.2) ', '99'],
		['Торговля людьми (ст.128 ч.4 п.2) ', '128'],
		['Вымогательство (ст. 194 УК)', '194'],
		['Нарушение правил дорожного движения … (ст.345 ч.4,5 УК РК)', '345'],
		['Какое-то деяние (ст.136.)', '136'],
		['Приготовление, покушение на убийство (ст.24 ч.1, ст.24 ч.3, ст.99 УК)', null],
		['умышленное причинение вреда здоровью (ст.ст.106, 107, 108)', null],
		['Взяточничество (ст.ст.366-368 УК), коммерческий подкуп (ст.253 УК)', null],
		['Похищение человека (ст.125 УК), незаконное лишение свободы (ст.126 УК)', null],
		['Всего правонарушений', null],
		['Патрульно-постовые наряды (стр.11-15)', null]
	])('%s → %s', (label, article) => {
		expect(parseArticle(label)).toBe(article);
	});
});

describe('parseChapter, connectorKind, cleanLabel', () => {
	it('reads chapter numbers only from "Глава N." labels', () => {
		expect(parseChapter('Глава 1. Уголовные правонарушения против личности')).toBe('1');
		expect(parseChapter('Глава 18. Воинские уголовные правонарушения')).toBe('18');
		expect(parseChapter('Убийство (ст.99)')).toBeNull();
	});
	it('tells pure connectors from connectors with words of their own', () => {
		expect(connectorKind('из них')).toBe('pure');
		expect(connectorKind('из них:')).toBe('pure');
		expect(connectorKind('из них ')).toBe('pure');
		expect(connectorKind('в том числе')).toBe('pure');
		expect(connectorKind('из них по возрасту:')).toBe('prefix');
		expect(connectorKind('в том числе из стр.10')).toBe('prefix');
		expect(connectorKind('Личного сыска')).toBeNull();
	});
	it('collapses whitespace runs, including no-break spaces', () => {
		expect(cleanLabel('  в  отчетном\u00a0 периоде ')).toBe('в отчетном периоде');
	});
});
