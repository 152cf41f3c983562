/**
 * The 18 chapters of the Special Part of the Criminal Code of the Republic of Kazakhstan
 * (Code of 3 July 2014 No. 226-V, in force 1 January 2015), in Russian, Kazakh and English.
 *
 * Sources: the Russian titles are exactly those of the Form 1-M chapter rows
 * («Глава N. …», e.g. ../shared/data/qamqor/form-1m/2022/*.XLSX, sheet R1-1, column A), which
 * follow the Code's official Russian text. The Kazakh titles follow the Code's Kazakh text
 * («N-тарау. …») as we know it and the English titles are our own rendering of the Russian:
 * neither has been checked word for word against the official publication (adilet.zan.kz), so
 * the UI calls both an unofficial translation (`CHAPTER_TRANSLATION_OFFICIAL`).
 * Article labels are not translated: they stay as the form gives them (Russian).
 * The short names (`short`, `chapterShort`) are our own abridgements for chart labels.
 */
import type { Lang } from '../i18n';

export interface CodeChapter {
	/** Chapter number in the Special Part (1–18). */
	n: number;
	ru: string;
	kk: string;
	en: string;
	/**
	 * The chapter's short name for chart labels (bars, legends), where the whole title does
	 * not fit and a cut one («Глава 6. Уголовные правонарушения…») says nothing: our own
	 * abridgement of the title, the full title stays in the tooltip and the table.
	 */
	short: Record<Lang, string>;
}

/** Whether the kk/en titles below are checked against an official publication (they are not). */
export const CHAPTER_TRANSLATION_OFFICIAL = { ru: true, kk: false, en: false } as const;

export const CODE_CHAPTERS: readonly CodeChapter[] = [
	{
		n: 1,
		ru: 'Уголовные правонарушения против личности',
		kk: 'Жеке адамға қарсы қылмыстық құқық бұзушылықтар',
		en: 'Criminal offences against the person',
		short: { ru: 'Против личности', kk: 'Жеке адамға қарсы', en: 'Person' }
	},
	{
		n: 2,
		ru: 'Уголовные правонарушения против семьи и несовершеннолетних',
		kk: 'Отбасына және кәмелетке толмағандарға қарсы қылмыстық құқық бұзушылықтар',
		en: 'Criminal offences against the family and minors',
		short: {
			ru: 'Против семьи и несовершеннолетних',
			kk: 'Отбасы мен кәмелетке толмағандарға қарсы',
			en: 'Family and minors'
		}
	},
	{
		n: 3,
		ru: 'Уголовные правонарушения против конституционных и иных прав и свобод человека и гражданина',
		kk: 'Адамның және азаматтың конституциялық және өзге де құқықтары мен бостандықтарына қарсы қылмыстық құқық бұзушылықтар',
		en: 'Criminal offences against constitutional and other rights and freedoms of the person and citizen',
		short: {
			ru: 'Против прав и свобод',
			kk: 'Құқықтар мен бостандықтарға қарсы',
			en: 'Rights and freedoms'
		}
	},
	{
		n: 4,
		ru: 'Преступления против мира и безопасности человечества',
		kk: 'Бейбітшілікке және адамзаттың қауіпсіздігіне қарсы қылмыстар',
		en: 'Crimes against the peace and security of mankind',
		short: {
			ru: 'Против мира и безопасности человечества',
			kk: 'Бейбітшілік пен адамзат қауіпсіздігіне қарсы',
			en: 'Peace and security of mankind'
		}
	},
	{
		n: 5,
		ru: 'Уголовные правонарушения против основ конституционного строя и безопасности государства',
		kk: 'Конституциялық құрылыстың негіздеріне және мемлекеттің қауіпсіздігіне қарсы қылмыстық құқық бұзушылықтар',
		en: 'Criminal offences against the foundations of the constitutional order and the security of the state',
		short: {
			ru: 'Против конституционного строя',
			kk: 'Конституциялық құрылысқа қарсы',
			en: 'Constitutional order'
		}
	},
	{
		n: 6,
		ru: 'Уголовные правонарушения против собственности',
		kk: 'Меншікке қарсы қылмыстық құқық бұзушылықтар',
		en: 'Criminal offences against property',
		short: { ru: 'Против собственности', kk: 'Меншікке қарсы', en: 'Property' }
	},
	{
		n: 7,
		ru: 'Уголовные правонарушения в сфере информатизации и связи',
		kk: 'Ақпараттандыру және байланыс саласындағы қылмыстық құқық бұзушылықтар',
		en: 'Criminal offences in the field of informatisation and communications',
		short: {
			ru: 'Информатизация и связь',
			kk: 'Ақпараттандыру және байланыс',
			en: 'Information and communications'
		}
	},
	{
		n: 8,
		ru: 'Уголовные правонарушения в сфере экономической деятельности',
		kk: 'Экономикалық қызмет саласындағы қылмыстық құқық бұзушылықтар',
		en: 'Criminal offences in the field of economic activity',
		short: { ru: 'Экономическая деятельность', kk: 'Экономикалық қызмет', en: 'Economic activity' }
	},
	{
		n: 9,
		ru: 'Уголовные правонарушения против интересов службы в коммерческих и иных организациях',
		kk: 'Коммерциялық және өзге де ұйымдардағы қызмет мүдделеріне қарсы қылмыстық құқық бұзушылықтар',
		en: 'Criminal offences against the interests of service in commercial and other organisations',
		short: { ru: 'Служба в организациях', kk: 'Ұйымдардағы қызмет', en: 'Service in organisations' }
	},
	{
		n: 10,
		ru: 'Уголовные правонарушения против общественной безопасности и общественного порядка',
		kk: 'Қоғамдық қауіпсіздікке және қоғамдық тәртіпке қарсы қылмыстық құқық бұзушылықтар',
		en: 'Criminal offences against public safety and public order',
		short: {
			ru: 'Общественная безопасность и порядок',
			kk: 'Қоғамдық қауіпсіздік пен тәртіп',
			en: 'Public safety and order'
		}
	},
	{
		n: 11,
		ru: 'Уголовные правонарушения против здоровья населения и нравственности',
		kk: 'Халықтың денсаулығына және адамгершілікке қарсы қылмыстық құқық бұзушылықтар',
		en: 'Criminal offences against public health and morality',
		short: {
			ru: 'Здоровье населения и нравственность',
			kk: 'Халық денсаулығы мен адамгершілік',
			en: 'Public health and morality'
		}
	},
	{
		n: 12,
		ru: 'Медицинские уголовные правонарушения',
		kk: 'Медициналық қылмыстық құқық бұзушылықтар',
		en: 'Medical criminal offences',
		short: { ru: 'Медицинские', kk: 'Медициналық', en: 'Medical' }
	},
	{
		n: 13,
		ru: 'Экологические уголовные правонарушения',
		kk: 'Экологиялық қылмыстық құқық бұзушылықтар',
		en: 'Environmental criminal offences',
		short: { ru: 'Экологические', kk: 'Экологиялық', en: 'Environmental' }
	},
	{
		n: 14,
		ru: 'Транспортные уголовные правонарушения',
		kk: 'Көліктегі қылмыстық құқық бұзушылықтар',
		en: 'Transport criminal offences',
		short: { ru: 'Транспортные', kk: 'Көліктегі', en: 'Transport' }
	},
	{
		n: 15,
		ru: 'Коррупционные и иные уголовные правонарушения против интересов государственной службы и государственного управления',
		kk: 'Сыбайлас жемқорлық және мемлекеттік қызмет пен мемлекеттік басқару мүдделеріне қарсы өзге де қылмыстық құқық бұзушылықтар',
		en: 'Corruption and other criminal offences against the interests of the civil service and public administration',
		short: { ru: 'Коррупционные', kk: 'Сыбайлас жемқорлық', en: 'Corruption' }
	},
	{
		n: 16,
		ru: 'Уголовные правонарушения против порядка управления',
		kk: 'Басқару тәртібіне қарсы қылмыстық құқық бұзушылықтар',
		en: 'Criminal offences against the order of administration',
		short: {
			ru: 'Против порядка управления',
			kk: 'Басқару тәртібіне қарсы',
			en: 'Order of administration'
		}
	},
	{
		n: 17,
		ru: 'Уголовные правонарушения против правосудия и порядка исполнения наказаний',
		kk: 'Сот төрелігіне және жазаларды орындау тәртібіне қарсы қылмыстық құқық бұзушылықтар',
		en: 'Criminal offences against justice and the order of execution of punishments',
		short: { ru: 'Против правосудия', kk: 'Сот төрелігіне қарсы', en: 'Justice' }
	},
	{
		n: 18,
		ru: 'Воинские уголовные правонарушения',
		kk: 'Әскери қылмыстық құқық бұзушылықтар',
		en: 'Military criminal offences',
		short: { ru: 'Воинские', kk: 'Әскери', en: 'Military' }
	}
];

const byNumber = new Map(CODE_CHAPTERS.map((c) => [c.n, c]));

export function getChapter(n: number | string): CodeChapter | undefined {
	return byNumber.get(Number(n));
}

/** «Глава 6. …» / «6-тарау. …» / «Chapter 6. …» in the given language. */
export function chapterTitle(n: number | string, lang: Lang): string {
	const c = getChapter(n);
	if (!c) return String(n);
	if (lang === 'kk') return `${c.n}-тарау. ${c.kk}`;
	if (lang === 'en') return `Chapter ${c.n}. ${c.en}`;
	return `Глава ${c.n}. ${c.ru}`;
}

/** The chapter number of a form label «Глава 6. …» (leaf of the row label path), or null. */
export function chapterNumberOf(label: string): number | null {
	const m = /^Глава\s*(\d+)/i.exec(label.trim());
	const n = m ? Number(m[1]) : NaN;
	return byNumber.has(n) ? n : null;
}

/**
 * A form label in the page language: a chapter row («Глава 6. …») gets the chapter's title
 * in kk/en; any other label (articles) stays as the form gives it, in Russian.
 */
export function localLabel(label: string, lang: Lang): string {
	if (lang === 'ru') return label;
	const n = chapterNumberOf(label);
	return n === null ? label : chapterTitle(n, lang);
}

/** «Гл. 6 · Против собственности» / «6-тар. · Меншікке қарсы» / «Ch. 6 · Property». */
export function chapterShort(n: number | string, lang: Lang): string {
	const c = getChapter(n);
	if (!c) return String(n);
	if (lang === 'kk') return `${c.n}-тар. · ${c.short.kk}`;
	if (lang === 'en') return `Ch. ${c.n} · ${c.short.en}`;
	return `Гл. ${c.n} · ${c.short.ru}`;
}

/**
 * The chapter number of a whole chapter title in any of the three languages («Глава 6. …»,
 * «6-тарау. …», «Chapter 6. …»), or null: charts get titles as the datasets give them.
 */
export function chapterNumberOfTitle(label: string): number | null {
	const m = /^(?:Глава\s*(\d+)\.|(\d+)-тарау\.|Chapter\s+(\d+)\.)/i.exec(label.trim());
	const n = m ? Number(m[1] ?? m[2] ?? m[3]) : NaN;
	return byNumber.has(n) ? n : null;
}

/** A chart label: a chapter title as its short name in `lang`, any other label unchanged. */
export function chartLabel(label: string, lang: Lang): string {
	const n = chapterNumberOfTitle(label);
	return n === null ? label : chapterShort(n, lang);
}
