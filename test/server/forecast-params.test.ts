/**
 * Forecast parameters from the URL (series, horizon, method — validated, defaults left out of
 * permalinks), the breaks each territory's series starts after (codes 2015; the June 2018 and
 * June 2022 reforms for the regions they created or cut, from src/lib/domain/regions.ts), and
 * the Criminal Code chapter titles in three languages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BadRequest, parseViewQuery, toQueryString } from '../../src/lib/server/params';
import { regionBreaks } from '../../src/lib/domain/territory-breaks';
import {
	CODE_CHAPTERS,
	chapterNumberOf,
	chapterTitle,
	localLabel
} from '../../src/lib/domain/criminal-code';

const parse = (s: string) => parseViewQuery(new URLSearchParams(s));

describe('forecast parameters', () => {
	it('defaults to all offences, 3 years, the automatic method', () => {
		expect(parse('')).toMatchObject({ series: 'all', h: 3, method: 'auto' });
	});
	it('accepts a chapter, a horizon of 1–5 and a library method; permalink without defaults', () => {
		const q = parse('region=KZ-11&series=ch18&h=5&method=theta');
		expect(q).toMatchObject({ region: 'KZ-11', series: 'ch18', h: 5, method: 'theta' });
		expect(toQueryString(q, ['region', 'series', 'h', 'method'])).toBe(
			'?region=KZ-11&series=ch18&h=5&method=theta'
		);
		expect(toQueryString(parse('series=all&h=3'), ['series', 'h', 'method'])).toBe('');
	});
	it.each([
		['series=ch0', /series must be all, crimes, misdemeanours or a Criminal Code chapter/],
		['series=ch19', /series must be/],
		['series=grave', /series must be/],
		['h=0', /h must be a whole number of years from 1 to 5/],
		['h=6', /h must be/],
		['h=2.5', /h must be/],
		['method=prophet', /method must be one of auto, naive/]
	])('refuses %s', (qs, msg) => {
		expect(() => parse(qs)).toThrow(BadRequest);
		expect(() => parse(qs)).toThrow(msg);
	});
});

describe('breaks by territory', () => {
	it.each([
		// the country and a region whose borders did not change: the 2015 codes only
		[null, ['codes-2015'], null],
		['KZ-11', ['codes-2015'], null],
		// created in June 2022 (Abai from East Kazakhstan), and the region it was cut from
		['KZ-10', ['codes-2015', 'regions-2022'], '2022-06-08'],
		['KZ-63', ['codes-2015', 'regions-2022'], '2022-06-08'],
		['KZ-19', ['codes-2015', 'regions-2022'], '2022-06-08'],
		// Shymkent a city since June 2018; Turkistan lost it (was South Kazakhstan)
		['KZ-79', ['codes-2015', 'regions-2018'], '2018-06-19'],
		['KZ-61', ['codes-2015', 'regions-2018'], '2018-06-19']
	])('%s starts after %j', (code, breaks, since) => {
		expect(regionBreaks(code)).toEqual({ breaks, since });
	});
});

describe('Criminal Code chapters', () => {
	it('has the 18 chapters of the Special Part, each in three languages', () => {
		expect(CODE_CHAPTERS.map((c) => c.n)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
		for (const c of CODE_CHAPTERS)
			for (const l of [c.ru, c.kk, c.en]) expect(l.length).toBeGreaterThan(5);
	});
	it('translates chapter rows of the form and leaves articles in Russian', () => {
		// The form's own label (Form 1-M 2022, sheet R1-1, chapter row of chapter 6).
		const form = 'Глава 6. Уголовные правонарушения против собственности';
		expect(chapterNumberOf(form)).toBe(6);
		expect(chapterTitle(6, 'ru')).toBe(form);
		expect(localLabel(form, 'en')).toBe('Chapter 6. Criminal offences against property');
		expect(localLabel(form, 'kk')).toBe('6-тарау. Меншікке қарсы қылмыстық құқық бұзушылықтар');
		expect(localLabel('Кража (ст.188)', 'en')).toBe('Кража (ст.188)');
		expect(localLabel(form, 'ru')).toBe(form);
	});
	it('has the Russian titles exactly as the real Form 1-M workbook writes its chapter rows', () => {
		const file = resolve(
			import.meta.dirname,
			'../../../shared/data/qamqor/form-1m/2022/Akmola Region.XLSX'
		);
		if (!existsSync(file)) throw new Error(`this test needs ${file} from ../shared/data: missing`);
		const strings = strFromU8(unzipSync(readFileSync(file))['xl/sharedStrings.xml']);
		const titles = [...new Set(strings.match(/Глава \d+\. [^<]+/g) ?? [])];
		expect(titles).toHaveLength(18);
		for (const t of titles) expect(chapterTitle(chapterNumberOf(t)!, 'ru')).toBe(t.trim());
	});
});
