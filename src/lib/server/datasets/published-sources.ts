/**
 * Published figures side by side with their sources. Where sources disagree (acquittals of
 * 2016: 326 in the founding paper, 884 from the Supreme Court chair), neither is dropped:
 * each source — and each unit, since «persons» and «acquittal verdicts» are not one count —
 * is its own series, and points of different series are never joined into one line.
 */
import type { Translator } from '../../i18n';
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
