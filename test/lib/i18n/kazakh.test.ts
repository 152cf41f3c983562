/**
 * Kazakh pages must read Kazakh (issue 17, item 3): the kk dictionary used to start with the
 * Russian one spread in, so a key without Kazakh text showed Russian. The type now forces every
 * key; this checks the texts: no kk value is the ru one unless the word is the same in both
 * languages (listed below with why), no kk value holds a Russian-only UI word, and English
 * texts call a form's column a column, not «графа».
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/lib/i18n/messages';
import { scriptLang, translator } from '../../../src/lib/i18n';
import { RUSSIAN_WORDS, foundWords } from '../../e2e/language-checks';
import { unitLabel } from '../../../src/lib/server/datasets/published-sources';

/** Keys whose Kazakh text is rightly the Russian one: loanwords, names and abbreviations. */
const SAME_IN_KK = new Set([
	// OpenStreetMap's required credit, in its own wording in every language.
	'label.osm',
	// Kazakh uses the same word (Республика, Файл, Рецидив — ҚК 16-бап «Қылмыстардың рецидиві»).
	'label.vs_country',
	'data.file',
	'priorities.w_recid',
	// International words written alike in Kazakh.
	'meth.col.formula',
	'meth.col.licence',
	'imp.channel_web',
	'imp.bytes',
	'scen.scenario',
	'scen.places_scen',
	'scen.model_path',
	'scen.bt_model',
	'scen.bt_drift',
	'scen.param',
	// The scenario download's loanwords, written alike in Kazakh (контингент, параметр,
	// пробация, модель, сценарий — as scen.param and scen.scenario above).
	'scenx.col.stock',
	'scenx.section.parameter',
	'scenx.stock.probation',
	'scenx.series.model',
	'scenx.series.scenario',
	// A template of two placeholders, no words.
	'compare.chart',
	// «мин–макс»: the method's name, the same abbreviation in Kazakh.
	'prio.minmax'
]);

const ru = MESSAGES.ru as Record<string, string>;
const kk = MESSAGES.kk as Record<string, string>;
const en = MESSAGES.en as Record<string, string>;

describe('Kazakh dictionary', () => {
	it('has no Russian text copied into kk, apart from words that are the same', () => {
		const copied = Object.keys(ru).filter(
			(k) => ru[k] !== '' && kk[k] === ru[k] && !SAME_IN_KK.has(k)
		);
		expect(copied).toEqual([]);
		// The allow-list names only keys that exist and are still identical (no stale entries).
		for (const k of SAME_IN_KK) expect(kk[k], k).toBe(ru[k]);
	});

	it('holds no Russian-only UI word (Период, Регион, Источник, Всего, нет данных, …)', () => {
		const found = Object.entries(kk).flatMap(([k, v]) =>
			foundWords(v, RUSSIAN_WORDS, true).map((w) => `${k}: ${w}`)
		);
		expect(found).toEqual([]);
	});

	it('the check itself finds a Russian word in Kazakh text', () => {
		expect(foundWords('Кезең: 2022; Источник: 1-M', RUSSIAN_WORDS, true)).toHaveLength(1);
	});
});

describe('English dictionary', () => {
	it('calls a form column a column, not «графа»', () => {
		const grafa = Object.entries(en).filter(([, v]) => /граф/i.test(v));
		expect(grafa).toEqual([]);
	});
});

describe('translator words', () => {
	it('names sources in words and keeps form names', () => {
		// The source ids of src/lib/server/datasets (population, courts, published): never shown raw.
		expect(translator('ru').source('population')).toBe('численность населения');
		expect(translator('kk').source('courts')).toBe('сот статистикасы');
		expect(translator('en').source('published')).toBe('published figures');
		expect(translator('kk').source('1-M')).toBe('1-M');
		expect(translator('ru').source('СНГ-1')).toBe('СНГ-1');
	});

	it('reads the whole-warehouse period and fills placeholders', () => {
		expect(translator('ru').period('all')).toBe('все периоды');
		expect(translator('kk').period('all')).toBe('барлық кезеңдер');
		expect(translator('kk').period('2022')).toBe('2022');
		// A cumulative period from January: «Jan–Mar 2023»; January alone is one month.
		expect(translator('en').period('2023-03')).toBe('Jan–Mar 2023');
		expect(translator('en').period('2023-01')).toBe('Jan 2023');
		expect(translator('ru').period('2023-01')).not.toContain('–');
		expect(translator('kk').fill('err.no_region', { code: 'KZ-99' })).toBe(
			'KZ-99 өңірі жоқ: KZ-75 сияқты кодты көрсетіңіз.'
		);
	});
});

describe('scriptLang', () => {
	it('tells a source text’s language by its letters', () => {
		// The title /data shows for the 2022 Abai workbook of Form 1-M (real warehouse).
		expect(scriptLang('1-M область Абай (Свод)')).toBe('ru');
		expect(scriptLang('Ақмола облысы')).toBe('kk');
		expect(scriptLang('World Prison Brief')).toBe('en');
		expect(scriptLang('2022')).toBeNull();
	});
});

describe('published units', () => {
	it('reads a unit of data/published in words, quotes kept, unknown words marked English', () => {
		// Units as written in data/published/kz-published-figures.csv (column unit).
		const kk = translator('kk');
		expect(unitLabel("persons (approx., 'около 30 тыс.')", kk)).toEqual({
			text: "адам (шамамен, 'около 30 тыс.')",
			lang: null
		});
		expect(unitLabel('persons (by courts)', translator('ru')).text).toBe(
			'человек (по данным судов)'
		);
		expect(unitLabel('% of prisoners', kk)).toEqual({ text: '% of prisoners', lang: 'en' });
		expect(unitLabel('persons (by courts)', translator('en')).text).toBe('persons (by courts)');
	});
});
