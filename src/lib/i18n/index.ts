/**
 * The public face of i18n: pick a language, translate a key, format numbers and dates the
 * way each language writes them. Shared by server and client (pure, no I/O).
 */
import { LANGS, MESSAGES, type Lang, type MessageKey } from './messages';
import { regionName } from '../domain/regions';

export { LANGS, type Lang, type MessageKey };

export function isLang(x: unknown): x is Lang {
	return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/**
 * The language a text from a source is written in, by its letters: Kazakh has letters Russian
 * lacks (ә ғ қ ң ө ұ ү һ і); other Cyrillic is Russian; Latin is English. For marking data shown
 * as published (a workbook's title) with its `lang`; null when there are no letters.
 */
export function scriptLang(text: string): Lang | null {
	if (/[әғқңөұүһі]/i.test(text)) return 'kk';
	if (/[а-яё]/i.test(text)) return 'ru';
	if (/[a-z]/i.test(text)) return 'en';
	return null;
}

const LOCALE: Record<Lang, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };
/**
 * Numbers: Kazakh writes them as Russian does (space groups, decimal comma), and some
 * browsers ship no kk-KZ number data (they fall back to «121,731»): format kk with ru-KZ.
 */
const NUMBER_LOCALE: Record<Lang, string> = { ru: 'ru-RU', kk: 'ru-KZ', en: 'en-GB' };

export interface Translator {
	lang: Lang;
	t(key: MessageKey): string;
	/** A message with its `{name}` placeholders filled: «Региона {code} нет» → «Региона KZ-99 нет». */
	fill(key: MessageKey, vars: Record<string, string | number>): string;
	/**
	 * A source id (Form 1-M, СНГ-1, population, courts, published…) as the page names it: the
	 * forms keep their official names, the other sources are named in words. The id itself
	 * stays in URLs and in the exports' id columns only.
	 */
	source(id: string): string;
	region(code: string): string;
	num(v: number | null | undefined, digits?: number): string;
	pct(v: number | null | undefined, digits?: number): string;
	signedPct(v: number | null | undefined, digits?: number): string;
	date(iso: string | Date): string;
	/** «2022», «янв.–март 2023»; `all` (the whole warehouse) reads «все периоды». */
	period(key: string): string;
	/** A time-axis tick in the page's language: «2022» on 1 January, else «июль 2022». */
	tick(d: Date): string;
}

const MONTHS_TO: Record<Lang, string> = { ru: 'янв.–', kk: 'қаң.–', en: 'Jan–' };

// Intl formatters are costly to build: one per language and number of digits, kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();
const translators = new Map<Lang, Translator>();

export function translator(lang: Lang): Translator {
	let tr = translators.get(lang);
	if (!tr) translators.set(lang, (tr = makeTranslator(lang)));
	return tr;
}

function makeTranslator(lang: Lang): Translator {
	const locale = LOCALE[lang];
	const nodata = MESSAGES[lang]['label.nodata'];
	const fmt = (digits: number) => {
		const key = `${NUMBER_LOCALE[lang]}|${digits}`;
		let f = numberFormats.get(key);
		if (!f) {
			f = new Intl.NumberFormat(NUMBER_LOCALE[lang], {
				maximumFractionDigits: digits,
				minimumFractionDigits: 0
			});
			numberFormats.set(key, f);
		}
		return f;
	};
	const monthFormat = () => {
		let f = monthFormats.get(locale);
		if (!f) {
			f = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
			monthFormats.set(locale, f);
		}
		return f;
	};
	const num = (v: number | null | undefined, digits = 0) =>
		v === null || v === undefined || !Number.isFinite(v) ? nodata : fmt(digits).format(v);
	return {
		lang,
		t: (key) => MESSAGES[lang][key] ?? key,
		fill: (key, vars) =>
			(MESSAGES[lang][key] ?? key).replace(/\{(\w+)\}/g, (m, name: string) =>
				name in vars ? String(vars[name]) : m
			),
		source: (id) => {
			const key = `src.${id}`;
			return key in MESSAGES[lang] ? MESSAGES[lang][key as MessageKey] : id;
		},
		region: (code) => regionName(code, lang),
		num,
		// Small shares keep two decimals so that 0.04 % does not read as 0 %.
		pct: (v, digits = 1) =>
			v === null || v === undefined
				? nodata
				: `${num(v, v !== 0 && Math.abs(v) < 1 ? Math.max(digits, 2) : digits)} %`,
		signedPct: (v, digits = 1) =>
			v === null || v === undefined || !Number.isFinite(v)
				? nodata
				: `${v > 0 ? '+' : v < 0 ? '−' : '±'}${fmt(digits).format(Math.abs(v))} %`,
		date: (iso) =>
			new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
				typeof iso === 'string' ? new Date(iso) : iso
			),
		period: (key) => {
			// Cumulative periods: «2023-03» reads «янв.–март 2023».
			if (key === 'all') return MESSAGES[lang]['period.all'];
			const m = /^(\d{4})(?:-(\d{2}))?$/.exec(key);
			if (!m || !m[2]) return key;
			const month = monthFormat().format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
			// January alone is one month, not «Jan–Jan».
			return m[2] === '01' ? `${month} ${m[1]}` : `${MONTHS_TO[lang]}${month} ${m[1]}`;
		},
		tick: (d) =>
			d.getUTCMonth() === 0 && d.getUTCDate() === 1
				? String(d.getUTCFullYear())
				: `${monthFormat().format(d)} ${d.getUTCFullYear()}`
	};
}
