/**
 * The one wording of a citation, used by «Cite this» under every chart and by /methodology's
 * example: «<title>. <Sarapshy>. <URL> (accessed: <date>). <source line>.» — the source line
 * names the sources, region, period and the data hash that identifies the files behind it.
 */
import type { Translator } from './i18n';

export interface CitationParts {
	title: string;
	url: string;
	/** ISO date (one unambiguous form in every language, as the source line writes its date). */
	accessed: string;
	sourceLine: string;
	synthetic?: boolean;
}

export function citationText(p: CitationParts, tr: Translator): string {
	const mark = p.synthetic ? ` ${tr.t('label.synthetic')}.` : '';
	return `${p.title}. ${tr.t('app.title')}. ${p.url} (${tr.t('meth.accessed')}: ${p.accessed}). ${p.sourceLine}.${mark}`;
}
