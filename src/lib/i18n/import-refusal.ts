/**
 * An import refusal in the page's language, from its code and parameters (the catalogue:
 * features/import-refusals.ts), figures in the locale. English pages show the English sentence
 * as stored (the CLI's and the audit's words, with the sheet and cell the importer added). A
 * record without a valid code (an audit line from before codes, an unexpected failure) is shown
 * as stored and marked as English.
 */
import { translator, type Lang } from './index';
import { isRefusalCode, sayRefusal, type Refusal } from './features/import-refusals';

/** What a refusal travels as: the English `message` and, where known, its code and parameters. */
export interface StoredRefusal {
	message: string | null | undefined;
	code?: unknown;
	params?: unknown;
	/** The file the refusal is about: named first when the sentence does not name it. */
	file?: string | null;
}

export interface RefusalShown {
	text: string;
	/** The language of `text`: the page's, or 'en' for a sentence shown as stored. */
	lang: Lang;
}

/** The code and parameters of a stored refusal, when it has a code the catalogue knows. */
export function refusalOf(r: StoredRefusal): Refusal | null {
	if (!isRefusalCode(r.code) || typeof r.params !== 'object' || r.params === null) return null;
	return { code: r.code, params: r.params } as Refusal;
}

/** The refusal as the page shows it, and in which language. */
export function refusalText(r: StoredRefusal, lang: Lang): RefusalShown {
	const stored = r.message ?? '';
	const refusal = refusalOf(r);
	if (lang === 'en' || !refusal) return { text: stored, lang: 'en' };
	let text: string;
	try {
		text = sayRefusal(refusal, lang, (v) => translator(lang).num(v));
	} catch {
		// Parameters that do not fit the code (a hand-edited audit line): as stored.
		return { text: stored, lang: 'en' };
	}
	// The importer names the file first when its sentence does not (an unknown --form).
	if (r.file && !text.includes(r.file)) text = `${r.file}: ${text}`;
	return { text, lang };
}
