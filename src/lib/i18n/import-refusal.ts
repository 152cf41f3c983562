/**
 * An import refusal in the page's language. The pipelines refuse with one English sentence
 * (InputError: the CLI's output and the import audit's record); the common ones are read back
 * by pattern and said in ru or kk, the figures in the locale. English, and any sentence not
 * known here, is shown as stored.
 */
import { translator, type Lang } from './index';
import * as words from './features/import-refusals';
import type { RefusalWords } from './features/import-refusals';

const WORDS: Record<Exclude<Lang, 'en'>, RefusalWords> = { ru: words.ru, kk: words.kk };

type Rule = [RegExp, (m: RegExpExecArray, w: RefusalWords, n: (s: string) => string) => string];

/** Each pattern is the pipelines' sentence (pipelines/xlsx, stages/identify, import-file, read-input). */
const RULES: Rule[] = [
	[
		/^(.+): the file is empty \(0 bytes\)\. Download it again from the portal\.$/,
		(m, w) => w.empty(m[1])
	],
	[
		/^(.+): an old binary Excel file \(\.xls\) or a password-protected workbook, not an XLSX\. /,
		(m, w) => w.oldXls(m[1])
	],
	[
		/^(.+): not an XLSX workbook \(it does not start with the ZIP signature "PK"\)\. /,
		(m, w) => w.notXlsx(m[1])
	],
	[
		/^(.+): a ZIP archive but not an XLSX workbook \(no (\S+) inside\)\. /,
		(m, w) => w.zipNotXlsx(m[1], m[2])
	],
	[
		/^(.+): (\d+) bytes is larger than the (\d+)-byte limit for (?:an imported file|a workbook); refused/,
		(m, w, n) => w.tooLarge(m[1], n(m[2]), n(m[3]))
	],
	[
		/^(.+): unknown form in the document title "(.*)": expected a title starting with "1-M" or "СНГ-1" followed by the region\.$/,
		(m, w) => w.unknownFormTitle(m[1], m[2])
	],
	[
		/^(.+): the workbook has no document title \(File › Properties › Title\), /,
		(m, w) => w.noTitle(m[1])
	],
	[
		/^unknown form «(.*)»: use 1-M or СНГ-1 \(also written 1m, sng1\)$/,
		(m, w) => w.unknownForm(m[1])
	],
	[
		/^(.+): not an official form workbook \(\.xlsx\), and none of the source readers /,
		(m, w) => w.noReader(m[1])
	],
	[
		/^(.+): (Form \S+ \S+ \S+) is already imported from (.+), and this workbook (?:differs from it in (\d+) cells \((.*)\)|differs from it as a file \(properties or formatting\) but in no cell value)\. The imported file is kept\. /,
		(m, w, n) =>
			w.needsReplace({
				file: m[1],
				scope: m[2].replace(/^Form /, ''),
				held: m[3],
				cells: m[4] ? { count: n(m[4]), first: m[5] } : null
			})
	],
	// The upload route's own refusals (routes/data/import/upload/+server.ts).
	[/^sign in first: \/login$/, (_m, w) => w.signIn],
	[/^refused: the request does not come from this site \(Origin\)$/, (_m, w) => w.otherSite],
	[/^refused: the CSRF token is missing or stale; /, (_m, w) => w.staleToken],
	[/^the role (\S+) may not import; /, (m, w) => w.role(m[1])],
	[/^that upload is no longer kept /, (_m, w) => w.uploadGone],
	[/^send the file itself as the body, /, (_m, w) => w.notBody]
];

/** The refusal in `lang`, or null when it is not one of the sentences known here. */
export function renderRefusal(message: string, lang: Lang): string | null {
	if (lang === 'en') return message;
	const tr = translator(lang);
	const n = (s: string) => tr.num(Number(s));
	for (const [re, say] of RULES) {
		const m = re.exec(message);
		if (m) return say(m, WORDS[lang], n);
	}
	return null;
}

/** The refusal as the page shows it: in its language where known, else as stored. */
export function refusalText(message: string, lang: Lang): string {
	return renderRefusal(message, lang) ?? message;
}
