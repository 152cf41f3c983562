/**
 * xl/sharedStrings.xml → the string table cells of type `s` index into. Rich-text items
 * (`<r><t>…</t></r>` runs) are concatenated; phonetic runs are dropped.
 */
import { concatTextRuns } from './xml-text.ts';

export function parseSharedStrings(xml: string): string[] {
	const out: string[] = [];
	let pos = 0;
	for (;;) {
		const open = xml.indexOf('<si', pos);
		if (open < 0) break;
		const tagEnd = xml.indexOf('>', open);
		if (tagEnd < 0) break;
		if (xml[tagEnd - 1] === '/') {
			out.push('');
			pos = tagEnd + 1;
			continue;
		}
		const close = xml.indexOf('</si>', tagEnd);
		if (close < 0) break;
		const body = xml.slice(tagEnd + 1, close);
		// Fast path: a plain `<t>text</t>` item, the vast majority.
		if (
			body.startsWith('<t>') &&
			body.endsWith('</t>') &&
			body.indexOf('<', 3) === body.length - 4
		) {
			const text = body.slice(3, -4);
			out.push(text.indexOf('&') >= 0 || text.indexOf('_x') >= 0 ? concatTextRuns(body) : text);
		} else {
			out.push(concatTextRuns(body));
		}
		pos = close + 5;
	}
	return out;
}
