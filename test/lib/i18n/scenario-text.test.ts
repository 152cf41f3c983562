/**
 * The scenario's parameter sources and unseen breaks in ru and kk: the model's own English,
 * calibrated on the published inputs (data/published, as test/lib/scenario does) with and
 * without a cutoff, said in the page's language; English stays as the model wrote it.
 */
import { describe, expect, it } from 'vitest';
import {
	LEVER_RANGES,
	LeverRangeError,
	calibrate,
	parseLevers,
	scenarioInputs,
	unseenBreaks
} from '../../../src/lib/scenario';
import {
	breakText,
	calibrationRefusal,
	leverRefusal,
	parameterSource,
	parameterUnit
} from '../../../src/lib/i18n/scenario-text';
import { publishedPoints } from '../scenario/published';

const ENGLISH =
	/\b(least|squares|on|log|prison|population|from|end|of|range|bootstrap|refits|mean|and|no|published|assumed|held|after|it|years|between|shares|interpolated|linearly|amnesty|applied|to|persons|the|model|law|probation|one|figure)\b/i;
// Row ids (kzpf-018, fp-…) and the word «COVID-19» are names, not words to translate.
const names = (s: string) => s.replace(/\b[a-z]+-[\w.-]+\b|COVID-19/g, '');

describe('scenario notes in the page language', () => {
	const inputs = scenarioInputs(publishedPoints());

	it('says every parameter source in ru and kk', () => {
		const sources = [
			...calibrate(inputs, {}).parameters,
			...calibrate(inputs, { cutoff: '2018-12-31' }).parameters
		].map((p) => p.source);
		expect(sources).toHaveLength(10);
		for (const s of sources)
			for (const lang of ['ru', 'kk'] as const) {
				const said = parameterSource(s, lang);
				expect(said, `${lang}: ${s}`).not.toBe(s);
				expect(names(said), `${lang}: ${said}`).not.toMatch(ENGLISH);
				expect(parameterSource(s, 'en')).toBe(s);
			}
	});

	it('says every unseen break in ru and kk, the amnesty count in the locale', () => {
		const breaks = unseenBreaks(inputs.amnesty);
		expect(breaks.length).toBeGreaterThanOrEqual(5);
		for (const b of breaks)
			for (const lang of ['ru', 'kk'] as const) {
				const said = breakText(b, lang);
				expect(said, `${lang}: ${b.what}`).not.toBe(b.what);
				expect(names(said), `${lang}: ${said}`).not.toMatch(ENGLISH);
				expect(breakText(b, 'en')).toBe(b.what);
			}
		// kz-published-figures.csv kzpf-018: amnesty applied to 15,920 persons (H1 2012).
		const a = breaks.find((b) => b.id === 'amnesty-kzpf-018')!;
		expect(breakText(a, 'ru')).toMatch(/^амнистия применена к 15\u00a0920 лицам \(kzpf-018\)/);
		expect(breakText(a, 'kk')).toMatch(/^рақымшылық 15\u00a0920 адамға қолданылды/);
	});

	it('says a refused lever of every kind in ru and kk, the figures in the locale', () => {
		for (const [key, r] of Object.entries(LEVER_RANGES)) {
			let e: LeverRangeError | null = null;
			try {
				parseLevers({ [key]: String(r.max + 1) });
			} catch (x) {
				e = x as LeverRangeError;
			}
			expect(e, key).toBeInstanceOf(LeverRangeError);
			for (const lang of ['ru', 'kk'] as const) {
				const said = leverRefusal(e!.lever, e!.message, lang);
				expect(said, `${lang}: ${e!.message}`).not.toBe(e!.message);
				expect(names(said), `${lang}: ${said}`).not.toMatch(ENGLISH);
			}
			expect(leverRefusal(e!.lever, e!.message, 'en')).toBe(e!.message);
		}
		// The published shares run from 25 % to 40.1 %: the lever goes from 20 to 45 %.
		expect(
			leverRefusal(
				'imprisonmentShare',
				'imprisonmentShare = 60 % is outside what the data supports (20 to 45 %): x',
				'ru'
			)
		).toMatch(
			/^60 % — вне диапазона, который поддерживают данные \(от 20 до 45 %\): опубликованные доли по стране — от 25 %/
		);
	});

	it('says a calibration refused for too few published figures in ru and kk', () => {
		// A warehouse without the prison population (the real one before data/published is
		// imported): the model's own RangeError, not a copy of its wording.
		let e: RangeError | null = null;
		try {
			calibrate({ ...inputs, prison: [] }, {});
		} catch (x) {
			e = x as RangeError;
		}
		expect(e).toBeInstanceOf(RangeError);
		for (const lang of ['ru', 'kk'] as const) {
			const said = calibrationRefusal(e!.message, lang);
			expect(said, `${lang}: ${e!.message}`).not.toBe(e!.message);
			expect(names(said), `${lang}: ${said}`).not.toMatch(ENGLISH);
		}
		expect(calibrationRefusal(e!.message, 'en')).toBe(e!.message);
		// calibration.ts WINDOW_START is 2015-12-01.
		expect(calibrationRefusal(e!.message, 'ru')).toBe(
			'опубликованных цифр с 1 дек. 2015 г. по сей день: 0; для калибровки нужно не меньше 2'
		);
		expect(calibrationRefusal('something new', 'kk')).toBe('something new');
		// No imprisonment share at all: the other refusal of calibrate().
		let share: RangeError | null = null;
		try {
			calibrate({ ...inputs, imprisonmentShare: [] }, {});
		} catch (x) {
			share = x as RangeError;
		}
		expect(share).toBeInstanceOf(RangeError);
		for (const lang of ['ru', 'kk'] as const)
			expect(names(calibrationRefusal(share!.message, lang))).not.toMatch(ENGLISH);
	});

	it('says every parameter unit in ru and kk', () => {
		const units = new Set(calibrate(inputs, {}).parameters.map((p) => p.unit));
		expect(units.size).toBeGreaterThanOrEqual(3);
		for (const u of units)
			for (const lang of ['ru', 'kk'] as const) {
				const said = parameterUnit(u, lang);
				expect(said, `${lang}: ${u}`).not.toMatch(/[a-z]/i);
				expect(parameterUnit(u, 'en')).toBe(u);
			}
	});
});
