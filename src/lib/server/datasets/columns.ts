/**
 * The columns of the panels' tables. A column is a key, a label in the page's language and a
 * kind that says how it is formatted; the ones many panels share (region, period, count,
 * share, change, rate…) are labelled here once, so a panel lists its columns in one line
 * and the same figure is called the same on every page.
 */
import type { Column } from '../../dataset';
import type { Translator } from '../../i18n';

const digitsOf = (digits?: number) => (digits === undefined ? {} : { digits });

export const col = {
	text: (key: string, label: string): Column => ({ key, label, kind: 'text' }),
	number: (key: string, label: string, digits?: number): Column => ({
		key,
		label,
		kind: 'number',
		...digitsOf(digits)
	}),
	pct: (key: string, label: string, digits?: number): Column => ({
		key,
		label,
		kind: 'pct',
		...digitsOf(digits)
	}),
	signedPct: (key: string, label: string): Column => ({ key, label, kind: 'signedPct' }),

	region: (tr: Translator, key = 'region') => col.text(key, tr.t('label.region')),
	/** Region codes named on the page, kept as codes in the downloads (`shownAs`). */
	regionCode: (tr: Translator, codes: (string | null)[], key = 'region'): Column => ({
		...col.text(key, tr.t('label.region')),
		shownAs: Object.fromEntries(
			[...new Set(codes)].filter((c): c is string => !!c).map((c) => [c, tr.region(c)])
		)
	}),
	period: (tr: Translator, key = 'period') => col.text(key, tr.t('label.period')),
	year: (tr: Translator, key = 'year') => col.text(key, tr.t('label.year')),
	chapter: (tr: Translator, key = 'label') => col.text(key, tr.t('label.chapter')),
	/** The series of a long table (one line per series in its chart). */
	series: (tr: Translator, key = 'series') => col.text(key, tr.t('label.group')),
	count: (tr: Translator, key = 'value') => col.number(key, tr.t('ind.count')),
	previous: (tr: Translator, key = 'previous') => col.number(key, tr.t('ind.previous')),
	share: (tr: Translator, key = 'share') => col.pct(key, tr.t('ind.share')),
	change: (tr: Translator, key = 'change') => col.signedPct(key, tr.t('ind.change')),
	/** Per 10,000 mean population. */
	rate: (tr: Translator, key = 'rate') => col.number(key, tr.t('ind.rate'), 2)
};
