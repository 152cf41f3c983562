/**
 * No word of another language on a page (issue 17, item 3): on ru and kk pages no common
 * English UI word, on kk pages no Russian-only UI word. Run on every view in every language by
 * narrow.ts (checkEveryViewAt), on the demo and the real warehouse.
 *
 * What is read: the visible text of the page with every table behind a chart opened (text
 * nodes, SVG text included). Left out: web addresses and host names (`caravan.kz`), paths and
 * file names (`data/published`, `report.xlsx`), dotted identifiers (rule ids such as
 * `published.total≠sum`), hashes, `<code>` (commands and ids are not language), and every element whose
 * `lang` differs from the page's — that is how a page marks text it shows in another language
 * on purpose (article names in the form's official Russian, a law's English description), which
 * is also what screen readers need to pronounce it.
 */
import type { Page } from 'playwright-core';

/**
 * Common English UI words, matched whole-word and case-insensitively. Proper names and format
 * names (Sarapshy, OpenStreetMap, CSV, XLSX, PNG, SVG, JSON, PDF, API, ISO, SHA-256) are not in
 * the list, so they need no exception.
 */
export const ENGLISH_WORDS = [
	'all',
	'imported',
	'missing',
	'published',
	'population',
	'courts',
	'naive',
	'drift',
	'seasonal',
	'source',
	'sources',
	'period',
	'region',
	'regions',
	'country',
	'total',
	'error',
	'not found',
	'forecast',
	'method',
	'series',
	'value',
	'year',
	'years',
	'rate',
	'share',
	'data',
	'table',
	'chart',
	'download',
	'section',
	'row',
	'column',
	'page',
	'next',
	'previous',
	'none',
	'unknown',
	'status',
	'replaced',
	'current',
	'findings',
	'last value',
	'interval',
	'persons',
	'offences'
];

/** Russian UI words that Kazakh never uses (Kazakh: Кезең, Өңір, Дереккөз, Барлығы, …). */
export const RUSSIAN_WORDS = [
	'Период',
	'Регион',
	'Регионы',
	'Источник',
	'Источники',
	'Всего',
	'нет данных',
	'Прогноз',
	'Показатель',
	'Значение',
	'Год',
	'Глава',
	'Статья',
	'Скачать',
	'Таблица',
	'Данные',
	'Доля',
	'Количество',
	'Загружено',
	'не загружены',
	'опубликовано',
	'Раздел',
	'строка',
	'Ошибка',
	'Страница',
	'область'
];

/** The page's visible text in its own language, as described in the header. */
export function pageOwnText(page: Page): Promise<string> {
	return page.evaluate(() => {
		document.querySelectorAll('details').forEach((d) => (d.open = true));
		const own = document.documentElement.lang;
		const parts: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			if (!el || !n.textContent?.trim()) continue;
			if (el.closest('script, style, noscript, template, code')) continue;
			const marked = el.closest('[lang]');
			if (marked && marked.getAttribute('lang') !== own) continue;
			if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
			parts.push(n.textContent);
		}
		return parts
			.join(' ')
			.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
			.replace(/\S*\/\S*/g, ' ')
			.replace(/[\p{L}\p{N}_-]+\.[\p{L}\p{N}][^\s,;()]*/gu, ' ')
			.replace(/\S+\.(?:xlsx|xls|csv|json|parquet|svg|png|pdf|geojson|duckdb)\b/gi, ' ')
			.replace(/\b[0-9a-f]{12,64}\b/g, ' ');
	});
}

/** Whole-word matches of `words` in `text` (Unicode letters: Cyrillic has no `\b`). */
export function foundWords(text: string, words: readonly string[], caseless: boolean): string[] {
	const found = new Set<string>();
	for (const w of words) {
		const re = new RegExp(`(?<![\\p{L}\\p{N}_-])${w}(?![\\p{L}\\p{N}_-])`, caseless ? 'iu' : 'u');
		const m = re.exec(text);
		if (m) found.add(`«${text.slice(Math.max(0, m.index - 30), m.index + w.length + 30).trim()}»`);
	}
	return [...found];
}

/** Problems of one opened page: English words on ru/kk pages, Russian words on kk pages. */
export async function checkLanguage(page: Page, path: string, lang: string): Promise<string[]> {
	if (lang === 'en') return [];
	const text = (await pageOwnText(page)).replace(/\s+/g, ' ');
	const problems = foundWords(text, ENGLISH_WORDS, true).map((s) => `${path}: English ${s}`);
	if (lang === 'kk')
		problems.push(...foundWords(text, RUSSIAN_WORDS, true).map((s) => `${path}: Russian ${s}`));
	return problems;
}
