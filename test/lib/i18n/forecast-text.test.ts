/**
 * Forecast method descriptions, reasons and notes in ru, kk and en: the library's own English
 * (every model of the registry fitted to a real-sized annual series, forecastSeries' reason
 * and notes, and its break and pulse notes) said in the page's language, figures in its locale.
 */
import { describe, expect, it } from 'vitest';
import { MODELS, forecastSeries } from '../../../src/lib/forecast';
import {
	methodDescription,
	methodLine,
	methodName,
	methodNote,
	methodReason,
	reasonCode
} from '../../../src/lib/i18n/forecast-text';
import { CALENDAR } from '../../../src/lib/domain/calendar';

// Registered offences, a made-up annual series of the republic's size (2015–2024).
const Y = [13195, 14021, 15230, 14870, 13950, 12010, 12950, 13400, 13810, 14120];
const starts = Y.map((_, i) => `${2015 + i}-01-01`);
const ENGLISH =
	/\b(naive|last|value|random|walk|with|drift|per|period|mean|of|optimised|seasonally|adjusted|lowest|backtest|methods|combination|within|the|could|not|fitted|points|instead|only|annual|treat|read|interval|line|pulse|break|from|low|counts|was|as|good|reconciled)\b/i;

function expectSaid(fn: (t: string, l: 'ru' | 'kk' | 'en') => string, text: string) {
	for (const lang of ['ru', 'kk'] as const) {
		const said = fn(text, lang);
		expect(said, `${lang}: ${text}`).not.toBe(text);
		// Symbols (ETS(A,Ad,N), ARIMA(1,1,0), Theta, MASE, AICc, CSS) and method ids stay.
		const words = said.replace(
			/ETS\([^)]*\)|ARIMA\([^)]*\)(\([^)]*\)\[\d+\])?|\b(naive|snaive|drift|ses|holt|ets|theta|arima|combo|ols)\b/g,
			''
		);
		expect(words, `${lang}: ${said}`).not.toMatch(ENGLISH);
	}
}

describe('forecast method text', () => {
	it('says every model description of the registry in ru and kk', () => {
		const seen: string[] = [];
		for (const [name, model] of Object.entries(MODELS)) {
			const fit = model.fit(Y, { period: 1 } as never);
			seen.push(name);
			expectSaid(methodDescription, fit.description);
		}
		expect(seen.length).toBeGreaterThanOrEqual(6);
	});

	it('formats the figures in the locale: «naive: last value 13195»', () => {
		const d = MODELS.naive.fit(Y, { period: 1 } as never).description;
		expect(d).toBe('naive: last value 14120');
		expect(methodDescription(d, 'ru')).toBe('наивный: последнее значение 14\u00a0120');
		expect(methodDescription(d, 'kk')).toBe('қарапайым: соңғы мән 14\u00a0120');
		expect(methodDescription(d, 'en')).toBe('naive: last value 14,120');
		// 14120 − 13195 over 9 years = 102.8 per year
		const drift = MODELS.drift.fit(Y, { period: 1 } as never).description;
		expect(drift).toBe('random walk with drift 102.8 per period');
		expect(methodDescription(drift, 'ru')).toBe('случайное блуждание со сносом 102,8 за период');
	});

	it('says the reason and the notes of a real forecast, with a break and a pulse', () => {
		const covid = CALENDAR.find((c) => c.id === 'covid-2020' || c.date === '2020-03-16')!;
		const f = forecastSeries(Y, {
			period: 1,
			h: 3,
			breaks: ['probation-2017', 'covid-2020'],
			periodStarts: starts
		});
		expectSaid(methodReason, f.reason);
		expect(f.notes.length).toBeGreaterThan(0);
		for (const n of f.notes) expectSaid(methodNote, n);
		const pulse = f.notes.find((n) => n.includes('pulse'))!;
		expect(methodNote(pulse, 'ru')).toContain(`«${covid.label.ru}»`);
		expect(methodNote(pulse, 'kk')).toContain(`«${covid.label.kk}»`);
		expect(methodNote(pulse, 'en')).toBe(pulse);
	});

	it('says the fixed sentences of the library', () => {
		for (const n of [
			'low counts: intervals at least as wide as Poisson sampling noise',
			'only 8 annual points: treat the forecast as indicative and read the interval, not the line',
			'ets could not be fitted to 2 points; naive forecast instead',
			'no calibration for theta at 95 %: model-based interval',
			'in the backtest naive was as good (MASE 0.91 vs 1.02): the history is too short or too noisy to beat a naive forecast',
			'reconciled (mint): mean adjusted by 1.5, -2.0',
			'fitted from 2019-01-01 only: break 2018-06-19 (regions reform)'
		]) {
			expectSaid(methodNote, n);
			expect(methodNote(n, 'en')).toMatch(/\w/);
		}
		expect(methodNote('fitted from 2019-01-01 only: break 2018-06-19 (regions reform)', 'ru')).toBe(
			'подобрано только с 1 янв. 2019 г.: разрыв «Реформа регионов (июнь 2018)»'
		);
		for (const r of [
			'no method could be backtested; naive forecast',
			'combination within 5 % of the best backtest MASE (ets 0.912)',
			'lowest backtest MASE 0.873 of 7 methods'
		])
			expectSaid(methodReason, r);
		expect(methodReason('lowest backtest MASE 0.873 of 7 methods', 'kk')).toBe(
			'7 әдістің ішіндегі бэктесттің ең кіші MASE мәні 0,873'
		);
		expect(methodNote('something new', 'ru')).toBe('something new');
	});

	it('gives each reason the library writes an id (the JSON API keeps it beside the words)', () => {
		// The sentences of src/lib/forecast/choose-method.ts and batch.ts.
		expect(reasonCode('no method could be backtested; naive forecast')).toBe('no_backtest');
		expect(reasonCode('chosen by the user')).toBe('chosen_by_user');
		expect(reasonCode('combination within 5 % of the best backtest MASE (ets 0.912)')).toBe(
			'combination_near_best'
		);
		expect(reasonCode('lowest backtest MASE 0.873 of 7 methods')).toBe('lowest_backtest_mase');
		expect(reasonCode('something new')).toBeNull();
		// and the reason of a real forecast has one
		const f = forecastSeries(Y, { period: 1, h: 3, periodStarts: starts });
		expect(reasonCode(f.reason), f.reason).not.toBeNull();
	});

	it('names every method of the registry in ru and kk, not by its id', () => {
		for (const id of Object.keys(MODELS))
			for (const lang of ['ru', 'kk'] as const) {
				const name = methodName(id, lang);
				// ARIMA and ETS are the methods' names in every language.
				if (id === 'arima' || id === 'ets') expect(name).toBe(id.toUpperCase());
				else expect(name, `${lang}: ${id}`).not.toMatch(/[a-z]/i);
			}
		expect(methodName('naive', 'en')).toBe('naive');
		expect(methodName('prophet', 'ru')).toBe('prophet');
		// «Метод: naive — наивный: …» reads the name once.
		const d = MODELS.naive.fit(Y, { period: 1 } as never).description;
		expect(methodLine('naive', d, 'ru')).toBe('наивный: последнее значение 14\u00a0120');
		const c = MODELS.combo.fit(Y, { period: 1 } as never).description;
		expect(methodLine('combo', c, 'kk')).toMatch(/^әдістер комбинациясы — /);
		expect(methodLine('combo', c, 'kk')).not.toMatch(/\b(theta|drift)\b/);
		expect(methodReason('chosen by the user', 'ru')).toBe('выбран пользователем');
	});
});
