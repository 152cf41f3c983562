/**
 * Forecast method descriptions, choice reasons and notes in the page's (or the API request's)
 * language. The forecast library writes them in English (its record: the model card's tests);
 * each is read back by its pattern and said in ru, kk or en with the figures in the page's
 * locale. A break or pulse is named by the calendar's own label (domain/calendar.ts). A
 * sentence not known here is shown as written. A reason's id (`reasonCode`) is read from the
 * same patterns, for the JSON API.
 */
import { translator, type Lang } from './index';
import { CALENDAR } from '../domain/calendar';
import * as words from './features/forecast-notes';
import type { ForecastWords } from './features/forecast-notes';

const WORDS: Record<Lang, ForecastWords> = { ru: words.ru, kk: words.kk, en: words.en };

export function forecastWords(lang: Lang): ForecastWords {
	return WORDS[lang];
}

/** A method's name in the page's language by its id (registry.ts); an unknown id as given. */
export function methodName(id: string, lang: Lang): string {
	return WORDS[lang].names[id] ?? id;
}

/** «Метод: наивный: последнее значение 13 195»: the name (once: not again where the description says it), then the description. */
export function methodLine(id: string, description: string, lang: Lang): string {
	const name = methodName(id, lang);
	const said = methodDescription(description, lang);
	const bare = (t: string) => t.toLowerCase().replace(/[^\p{L}]/gu, '');
	return bare(said).includes(bare(name)) ? said : `${name} — ${said}`;
}

/** A decimal as the locale writes it, keeping the digits the library gave («0.123» → «0,123»). */
function dec(text: string, lang: Lang): string {
	const v = Number(text);
	if (!Number.isFinite(v) || /e/i.test(text)) return text;
	const digits = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
	return translator(lang).num(v, digits);
}

/** Every decimal inside a symbolic description (ETS/ARIMA): α=0.123 → α=0,123 in ru/kk. */
const decimals = (text: string, lang: Lang) =>
	lang === 'en' ? text : text.replace(/-?\d+\.\d+/g, (m) => dec(m, lang));

/** The calendar's label of a break or pulse by its date, else the library's words. */
function eventName(date: string, description: string, lang: Lang): string {
	const e = CALENDAR.find((c) => c.date === date);
	return e ? `«${e.label[lang]}»` : `${date} (${description})`;
}

/** «ets, theta, drift» → the members' names (ETS/ARIMA kept as the library wrote them). */
const ids = (list: string, lang: Lang) =>
	list
		.split(', ')
		.map((id) => methodName(id, lang))
		.join(', ');

export function methodDescription(text: string, lang: Lang): string {
	const w = WORDS[lang];
	let m = /^naive: last value (-?[\d.e+-]+)$/.exec(text);
	if (m) return w.naive(dec(m[1], lang));
	m = /^seasonal naive, period (\d+)$/.exec(text);
	if (m) return w.snaive(m[1]);
	m = /^random walk with drift (\S+) per period$/.exec(text);
	if (m) return w.drift(dec(m[1], lang));
	m = /^(optimised )?Theta θ=(\S+) α=(\S+?)(, seasonally adjusted)?$/.exec(text);
	if (m)
		return w.theta({
			optimised: !!m[1],
			theta: dec(m[2], lang),
			alpha: dec(m[3], lang),
			seasonal: !!m[4]
		});
	m = /^mean of (.+)$/.exec(text);
	if (m) return w.meanOf(ids(m[1], lang));
	m = /^(.+), AICc (\S+) \((CSS|CSS; coefficients CSS-ML)\)$/.exec(text);
	if (m) {
		const name = decimals(m[1], lang)
			.replace(/ with mean$/, w.withMean)
			.replace(/ with drift$/, w.withDrift);
		return `${name}, ${w.aicc} ${dec(m[2], lang)} (${m[3] === 'CSS' ? w.css : w.cssMl})`;
	}
	m = /^(ETS\(.+), AICc (\S+)$/.exec(text);
	if (m) return `${decimals(m[1], lang)}, ${w.aicc} ${dec(m[2], lang)}`;
	return text;
}

/** Why the method was chosen, as a machine id (the JSON API's `reasonCode`). */
export type ReasonCode =
	'no_backtest' | 'chosen_by_user' | 'combination_near_best' | 'lowest_backtest_mase';

/** Each reason the library writes (choose-method.ts, batch.ts): its pattern, id and words. */
const REASONS: {
	code: ReasonCode;
	pattern: RegExp;
	say: (m: RegExpExecArray, w: ForecastWords, lang: Lang) => string;
}[] = [
	{
		code: 'no_backtest',
		pattern: /^no method could be backtested; naive forecast$/,
		say: (_m, w) => w.reasonNone
	},
	{ code: 'chosen_by_user', pattern: /^chosen by the user$/, say: (_m, w) => w.reasonUser },
	{
		code: 'combination_near_best',
		pattern: /^combination within (\d+) % of the best backtest MASE \((\S+) (\S+)\)$/,
		say: (m, w, lang) => w.reasonCombo(m[1], methodName(m[2], lang), dec(m[3], lang))
	},
	{
		code: 'lowest_backtest_mase',
		pattern: /^lowest backtest MASE (\S+) of (\d+) methods$/,
		say: (m, w, lang) => w.reasonLowest(dec(m[1], lang), m[2])
	}
];

export function methodReason(text: string, lang: Lang): string {
	for (const r of REASONS) {
		const m = r.pattern.exec(text);
		if (m) return r.say(m, WORDS[lang], lang);
	}
	return text;
}

/** The id of a reason the library wrote, or null for a sentence not known here. */
export function reasonCode(text: string): ReasonCode | null {
	return REASONS.find((r) => r.pattern.test(text))?.code ?? null;
}

export function methodNote(text: string, lang: Lang): string {
	const w = WORDS[lang];
	const n = (s: string) => translator(lang).num(Number(s));
	let m = /^(\S+) could not be fitted to (\d+) points; naive forecast instead$/.exec(text);
	if (m) return w.notFitted(methodName(m[1], lang), n(m[2]));
	m = /^no calibration for (\S+) at (\d+) %: model-based interval$/.exec(text);
	if (m) return w.noCalibration(methodName(m[1], lang), m[2]);
	if (text === 'low counts: intervals at least as wide as Poisson sampling noise')
		return w.lowCounts;
	m =
		/^in the backtest (\S+) was as good \(MASE (\S+) vs (\S+)\): the history is too short or too noisy to beat a naive forecast$/.exec(
			text
		);
	if (m) return w.asGood(methodName(m[1], lang), dec(m[2], lang), dec(m[3], lang));
	m =
		/^only (\d+) annual points: treat the forecast as indicative and read the interval, not the line$/.exec(
			text
		);
	if (m) return w.fewPoints(n(m[1]));
	m = /^reconciled \((\S+)\): mean adjusted by (.+)$/.exec(text);
	if (m)
		return w.reconciled(
			methodName(m[1], lang),
			m[2]
				.split(', ')
				.map((v) => dec(v, lang))
				.join('; ')
		);
	m = /^fitted from (\d{4}-\d{2}-\d{2}) only: break (\d{4}-\d{2}-\d{2}) \((.+)\)$/.exec(text);
	if (m)
		return w.fittedFrom(
			translator(lang).date(m[1]),
			lang === 'en' ? `${m[2]} (${m[3]})` : eventName(m[2], m[3], lang)
		);
	m =
		/^the (latest period holds|fitted periods include) the (\d{4}-\d{2}-\d{2}) pulse \((.+?)\)(?::|,) (?:the forecast starts|kept as registered)/.exec(
			text
		);
	if (m) {
		const pulse = lang === 'en' ? `${m[2]} pulse (${m[3]})` : eventName(m[2], m[3], lang);
		return m[1] === 'latest period holds' ? w.pulseLatest(pulse) : w.pulseInside(pulse);
	}
	return text;
}
