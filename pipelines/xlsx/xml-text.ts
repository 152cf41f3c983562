/**
 * The few XML text helpers our reader needs: entity decoding (named, decimal and hex
 * character references, plus OOXML's `_xHHHH_` escapes) and attribute lookup in a raw tag.
 * Hand-written instead of a DOM because the whole import budget is a few seconds.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode XML entities and OOXML `_xHHHH_` escapes in element text or attribute values. */
export function decodeXmlText(raw: string): string {
	let s = raw;
	if (s.indexOf('&') >= 0) {
		s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, ent: string) => {
			if (ent[0] !== '#') return NAMED[ent];
			const code = ent[1] === 'x' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
			return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		});
	}
	if (s.indexOf('_x') >= 0) {
		s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
			String.fromCharCode(parseInt(hex, 16))
		);
	}
	return s;
}

/** The value of attribute `name` inside a raw attribute string like ` r="A1" t="s"`. */
export function readAttribute(attrs: string, name: string): string | null {
	let from = 0;
	for (;;) {
		const at = attrs.indexOf(name + '=', from);
		if (at < 0) return null;
		const before = at === 0 ? ' ' : attrs[at - 1];
		if (before === ' ' || before === '\t' || before === '\n' || before === '\r') {
			const quote = attrs[at + name.length + 1];
			const end = attrs.indexOf(quote, at + name.length + 2);
			if (end < 0) return null;
			return decodeXmlText(attrs.slice(at + name.length + 2, end));
		}
		from = at + name.length;
	}
}

/** Concatenate the text of every `<t>` run in a fragment (rich text), skipping phonetic `<rPh>`. */
export function concatTextRuns(fragment: string): string {
	let xml = fragment;
	if (xml.indexOf('<rPh') >= 0) xml = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
	let out = '';
	let pos = 0;
	for (;;) {
		const open = xml.indexOf('<t', pos);
		if (open < 0) break;
		const after = xml[open + 2];
		const close = xml.indexOf('>', open);
		if (close < 0) break;
		if (after !== '>' && after !== ' ') {
			pos = close + 1;
			continue;
		}
		if (xml[close - 1] === '/') {
			pos = close + 1;
			continue;
		}
		const end = xml.indexOf('</t>', close);
		if (end < 0) break;
		out += xml.slice(close + 1, end);
		pos = end + 4;
	}
	return decodeXmlText(out);
}
