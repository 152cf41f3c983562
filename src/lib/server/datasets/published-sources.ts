/**
 * Published figures side by side with their sources. Where sources disagree (acquittals of
 * 2016: 326 in the founding paper, 884 from the Supreme Court chair), neither is dropped:
 * each source — and each unit, since «persons» and «acquittal verdicts» are not one count —
 * is its own series, and points of different series are never joined into one line.
 */
import { scriptLang, type Lang, type MessageKey, type Translator } from '../../i18n';
import type { PublishedFigure } from '../queries/published-figures';

/** A national figure: the republic's code, or no code and the country's name. */
export function isNational(f: PublishedFigure): boolean {
	if (f.region) return f.region === 'KZ';
	return /kazakhstan|казахстан/i.test(f.regionLabel);
}

/** Who published it, short: the site's host, or the project's own transcribed documents. */
export function sourceName(url: string, tr: Translator): string {
	if (url === 'doc:founding-papers') return tr.t('source.founding_papers');
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

/** Plain units: the indicator's own count, said by its label. */
const PLAIN_UNITS = new Set(['persons', 'offences']);

/** The unit when it qualifies the count («persons (by courts)»), else null (plain count). */
export function unitQualifier(f: PublishedFigure): string | null {
	return PLAIN_UNITS.has(f.unit) ? null : f.unit;
}

/**
 * The series a figure belongs to: what it counts and who published it — and, when the unit
 * counts verdicts rather than persons, that too (the two are not one count). Qualifiers such
 * as «approx.» stay in the table's unit column and do not split a source's line.
 */
export function seriesOf(what: string, f: PublishedFigure, tr: Translator): string {
	const verdicts = /verdict/i.test(f.unit) ? ` (${tr.t('unit.verdicts')})` : '';
	return `${what}${verdicts} — ${sourceName(f.url, tr)}`;
}

/** Whether two or more series give a figure for the same date (then a note says so). */
export function sourcesDisagree(points: { date: string; what: string; series: string }[]): boolean {
	const seen = new Map<string, string>();
	for (const p of points) {
		const key = `${p.what}|${p.date}`;
		const s = seen.get(key);
		if (s !== undefined && s !== p.series) return true;
		seen.set(key, p.series);
	}
	return false;
}

/** The words of the published units (data/published, written in English) the glossary knows. */
const UNIT_WORDS: Record<string, MessageKey> = {
	persons: 'unit.persons',
	offences: 'unit.offences',
	crimes: 'unit.crimes',
	cases: 'unit.cases',
	institutions: 'unit.institutions',
	misdemeanours: 'unit.misdemeanours',
	places: 'unit.places',
	verdicts: 'unit.verdicts',
	'approx.': 'unitq.approx',
	rounded: 'unitq.rounded',
	'more than': 'unitq.more_than',
	'by courts': 'unitq.by_courts',
	'start of year': 'unitq.start_of_year',
	'after 11 months': 'unitq.after_11_months',
	inmates: 'unitq.inmates',
	imprisoned: 'unitq.imprisoned',
	convicts: 'unitq.convicts'
};

/**
 * A published figure's unit in the page's language: «persons (approx., 'около 30 тыс.')» reads
 * «человек (приблизительно, 'около 30 тыс.')» — the words from the glossary above, a quote
 * of the source as it is. A unit with a word the glossary lacks stays as written in
 * data/published, with `lang: 'en'` for the page to mark it.
 */
export function unitLabel(unit: string, tr: Translator): { text: string; lang: Lang | null } {
	if (tr.lang === 'en') return { text: unit, lang: null };
	const m = /^([^(]+?)(?:\s*\((.*)\))?$/.exec(unit.trim());
	const base = m ? UNIT_WORDS[m[1]] : undefined;
	const quals = m?.[2] ? (m[2].match(/'[^']*'|[^,]+/g) ?? []).map((q) => q.trim()) : [];
	const said = quals.map((q) => (q.startsWith("'") ? q : UNIT_WORDS[q] && tr.t(UNIT_WORDS[q])));
	if (!base || said.some((q) => !q)) return { text: unit, lang: scriptLang(unit) };
	return { text: tr.t(base) + (said.length ? ` (${said.join(', ')})` : ''), lang: null };
}

/** A row's unit cell and the language to mark it with (DataTable's `langKey: 'unitLang'`). */
export function unitCell(unit: string, tr: Translator): { unit: string; unitLang: Lang | null } {
	const u = unitLabel(unit, tr);
	return { unit: u.text, unitLang: u.lang };
}

/** A source's quote, as published, and its language (`langKey: 'quoteLang'`). */
export function quoteCell(quote: string | null): { quote: string | null; quoteLang: Lang | null } {
	return { quote, quoteLang: quote ? scriptLang(quote) : null };
}
