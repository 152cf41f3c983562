/**
 * Domain rules for the text of report rows: which label cells are mere connectors
 * ("из них", "в том числе"), which Criminal Code article a row is about, and which chapter
 * ("Глава N.") it sits under. Labels carry typos; these rules only read, never correct.
 */

/**
 * `read` memoised by its text argument. Labels repeat across the 26 sections and across
 * workbooks (a few hundred distinct texts per workbook, asked for every cell); the table is
 * emptied past 50,000 entries so that a long import cannot grow it without bound.
 */
function memoByText<T extends string | null>(read: (text: string) => T): (text: string) => T {
	const cache = new Map<string, T>();
	return (text) => {
		let value = cache.get(text); // one lookup: `read` never returns undefined
		if (value === undefined) {
			value = read(text);
			if (cache.size > 50_000) cache.clear();
			cache.set(text, value);
		}
		return value;
	};
}

/** Whitespace runs collapsed, ends trimmed: header cells wrap text with many spaces. */
export const cleanLabel = memoByText((text) => text.replace(/[\s\u00a0]+/g, ' ').trim());

const PURE_CONNECTORS = new Set(['из них', 'в том числе', 'в т.ч.', 'в т. ч.', 'из них совершено']);

/**
 * How a label cell relates to the rows it spans. A connector ("из них", "в том числе …")
 * means "children of the row just above the cell"; a pure connector adds no words of its
 * own to the path, one with more words ("из них по возрасту:") keeps them.
 */
export const connectorKind = memoByText(readConnectorKind);

function readConnectorKind(text: string): 'pure' | 'prefix' | null {
	const t = cleanLabel(text)
		.toLowerCase()
		.replace(/[:.\s]+$/, '');
	if (PURE_CONNECTORS.has(t) || PURE_CONNECTORS.has(t + '.')) return 'pure';
	if (/^(из них|в том числе|в т\.\s?ч\.)/.test(t)) return 'prefix';
	return null;
}

/**
 * The article a row is about, from '(ст.99)', '(ст.388-1)', '(ст.99 ч.1)', '(ст. 194 УК)',
 * '(ст.000)'. A label naming several articles ('ст.ст.106, 107, 108', 'ст.24 ч.1, ст.99')
 * — or several bracketed articles — is about a group, not an article: null. The part (ч.N)
 * is not part of the article.
 */
export const parseArticle = memoByText(readArticle);

function readArticle(label: string): string | null {
	const groups = label.match(/\([^()]*ст\.[^()]*\)/g);
	if (!groups) return null;
	const articles = new Set<string>();
	for (const group of groups) {
		if (/ст\.\s*ст\./.test(group)) return null;
		for (const m of group.matchAll(/ст\.\s*(\d{1,3}(?:-\d{1,2})?)/g)) articles.add(m[1]);
	}
	return articles.size === 1 ? [...articles][0] : null;
}

/** 'Глава 12. Медицинские уголовные правонарушения' → '12'. */
export function parseChapter(label: string): string | null {
	const m = /^\s*Глава\s+(\d{1,2})\b/i.exec(label);
	return m ? String(Number(m[1])) : null;
}
