/**
 * A validation finding in the page's language. The warehouse stores one English sentence per
 * finding (pipelines/validate/*, the canonical record the CLI prints); the parts that are not
 * columns of the `finding` table (the A1 cell, the reference графа, the file name) are read
 * back from that sentence by the rule kind's pattern, and the sentence is said again in ru, kk
 * or en with the numbers in the page's locale. A finding whose rule or sentence is unknown
 * keeps its stored message (test/lib/i18n/finding-text.test.ts enumerates every rule kind the
 * validators produce, so none of theirs falls back).
 */
import { translator, type Lang } from './index';
import * as words from './features/findings';
import type { CellKind, FindingWords, WhereParts } from './features/findings';

/** The columns of a finding the renderer reads (FindingRow of queries/data-quality.ts). */
export interface FindingLike {
	rule: string;
	section?: string | null;
	rowCode?: string | null;
	grafa?: string | null;
	expected: number | null;
	found: number | null;
	message: string;
}

/** Rule kinds, as the validators name them (pipelines/validate/rules.ts, published/check.ts). */
export type FindingKind = 'sum' | 'chapter' | 'cross-form' | 'monthly' | 'cell' | 'published-total';

const CELL_RULE_KIND: Record<string, CellKind> = {
	'cell=number': 'not-a-number',
	'cell=finite': 'not-finite',
	'cell>=0': 'negative',
	'cell-in-layout': 'outside-layout'
};

const SUM_ROWS123 = /^(R1|R1-1)\.row1=row2\+row3$/;
const SUM_ROWS3TO7 = /^(R1|R1-1)\.row3=row4\+5\+6\+7$/;
const SUM_APPENDIX = /^(PRIL\d+)=R1\.row(\d+(?:\+\d+)*)$/;

/** The kind of a rule name, or null when the renderer does not know it. */
export function findingKind(rule: string): FindingKind | null {
	if (SUM_ROWS123.test(rule) || SUM_ROWS3TO7.test(rule) || SUM_APPENDIX.test(rule)) return 'sum';
	if (rule === 'chapter=sum(articles)') return 'chapter';
	if (rule === 'СНГ-1.R1.row1=1-M.R1-1.row3') return 'cross-form';
	if (rule === 'decumulated>=0') return 'monthly';
	if (rule in CELL_RULE_KIND) return 'cell';
	if (rule === 'published.total≠sum') return 'published-total';
	return null;
}

const WORDS: Record<Lang, FindingWords> = { ru: words.ru, kk: words.kk, en: words.en };

const NUM = String.raw`(-?\d[\d,]*(?:\.\d+)?)`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const SUM_RE = new RegExp(
	String.raw`^(\S+) row (\S+) графа (\S+)(?: \(cell ([^)]+)\))? is ${NUM}, but (\S+) rows? ([\d +]+?) графа (\S+) sum to ${NUM} \(.*\); kept as published$`
);
const CHAPTER_RE = new RegExp(
	String.raw`^(\S+) chapter (\S+) \(row ([^)]+)\) графа (\S+)(?: \(cell ([^)]+)\))? is ${NUM}, but its (\d+) article rows sum to ${NUM}; kept as published$`
);
const CROSS_RE = new RegExp(
	String.raw`^СНГ-1 R1 "Всего" графа 1 \(cell ([^)]+)\) is ${NUM}, but Form 1-M R1-1 row 3 графа 1 \(cell ([^)]+)\) gives ${NUM} crimes; kept as published$`
);
const MONTHLY_RE = new RegExp(
	String.raw`^(\S+) row (\S+) графа (\S+): cumulative (\d{4}-\d{2}) \(cell ([^)]+)\) is ${NUM}, below (\d{4}-\d{2})'s ${NUM}, so the de-cumulated value is ${NUM}; kept as published$`
);
const PUBLISHED_RE = new RegExp(
	String.raw`^(\S+) states ([a-z0-9 ]+) (\d{4})–(\d{4}) = ${NUM}, but its own yearly figures sum to ${NUM} \(difference ${NUM}\); both are kept as published \(rows (.+)\)$`
);

function cellOneRe(kind: CellKind): RegExp {
	const w = words.EN_CELL_WHAT[kind];
	return new RegExp(
		String.raw`^(.+), sheet (.+?), cell ([A-Z]{1,3}\d+)(?: \((row \S+?)?(?: ?графа (\S+?))?\))?: («[\s\S]*»|\S+) ` +
			esc(w.one) +
			String.raw`(?: \((.+)\))?; ` +
			esc(w.done) +
			'$'
	);
}
function cellManyRe(kind: CellKind): RegExp {
	const w = words.EN_CELL_WHAT[kind];
	return new RegExp(
		String.raw`^(.+), sheet (.+?): ([\d,]+) cells in (\S+) ` +
			esc(w.many) +
			String.raw`(?: \(the first (.+)\))?; the first (\d+): ([\s\S]*) …; ` +
			esc(w.done) +
			'$'
	);
}

/** A stored where-text (forms/form-1m/section.ts) as parts; null when unknown. */
function whereOf(text: string | undefined): WhereParts | null | undefined {
	if (text === undefined) return undefined;
	let m = /^below the table's last coded row (\S+)$/.exec(text);
	if (m) return { kind: 'below', row: m[1] };
	m = /^right of the last графа \(column ([A-Z]+)\)$/.exec(text);
	if (m) return { kind: 'right', column: m[1] };
	if (text === 'left of the label columns') return { kind: 'left' };
	return null;
}

const parseNum = (s: string) => Number(s.replace(/,/g, ''));

/**
 * The finding's sentence in `lang`, or null when its rule or stored sentence is not one the
 * renderer knows (the caller then shows the stored English message).
 */
export function renderFinding(f: FindingLike, lang: Lang): string | null {
	const kind = findingKind(f.rule);
	if (!kind) return null;
	const tr = translator(lang);
	const w = WORDS[lang];
	// Figures as the page writes them; the stored columns where there are some (exact doubles).
	const n = (v: number) => tr.num(v, Number.isInteger(v) ? 0 : 3);
	const col = (v: number | null, text: string) => n(v ?? parseNum(text));
	const msg = f.message;
	switch (kind) {
		case 'sum': {
			const m = SUM_RE.exec(msg);
			if (!m) return null;
			const [, section, rows, grafa, cell, found, refSection, refRowsText, refGrafa, expected] = m;
			const refRows = refRowsText.trim().split(' + ');
			const what = ruleWhat(f.rule, w);
			if (!what) return null;
			return w.sum({
				section,
				rows,
				grafa,
				cell: cell ?? null,
				found: col(f.found, found),
				refSection,
				refRows,
				refGrafa,
				expected: col(f.expected, expected),
				what
			});
		}
		case 'chapter': {
			const m = CHAPTER_RE.exec(msg);
			if (!m) return null;
			const [, section, chapter, row, grafa, cell, found, summands, expected] = m;
			return w.chapter({
				section,
				chapter,
				row,
				grafa,
				cell: cell ?? null,
				found: col(f.found, found),
				summands: n(Number(summands)),
				expected: col(f.expected, expected)
			});
		}
		case 'cross-form': {
			const m = CROSS_RE.exec(msg);
			if (!m) return null;
			const [, sngCell, found, m1Cell, expected] = m;
			return w.cross({
				sngCell,
				found: col(f.found, found),
				m1Cell,
				expected: col(f.expected, expected)
			});
		}
		case 'monthly': {
			const m = MONTHLY_RE.exec(msg);
			if (!m) return null;
			const [, section, row, grafa, period, cell, found, previous, expected, difference] = m;
			return w.monthly({
				section,
				row,
				grafa,
				period: tr.period(period),
				cell,
				found: col(f.found, found),
				previous: tr.period(previous),
				expected: col(f.expected, expected),
				difference: n(parseNum(difference))
			});
		}
		case 'cell': {
			const cellKind = CELL_RULE_KIND[f.rule];
			const one = cellOneRe(cellKind).exec(msg);
			if (one) {
				const [, file, sheet, cell, rowPart, grafa, value, whereText] = one;
				const where = whereOf(whereText);
				if (where === null) return null;
				return w.cellOne({
					file,
					sheet,
					cell,
					row: rowPart ? rowPart.slice(4) : null,
					grafa: grafa ?? null,
					value: /^-?\d/.test(value) && Number.isFinite(Number(value)) ? n(Number(value)) : value,
					kind: cellKind,
					where: where ? w.where(where) : null
				});
			}
			const many = cellManyRe(cellKind).exec(msg);
			if (!many) return null;
			const [, file, sheet, count, range, whereText, shown, first] = many;
			const where = whereOf(whereText);
			if (where === null) return null;
			return w.cellMany({
				file,
				sheet,
				count: n(parseNum(count)),
				range,
				kind: cellKind,
				where: where ? w.where(where) : null,
				shown,
				first
			});
		}
		case 'published-total': {
			const m = PUBLISHED_RE.exec(msg);
			if (!m) return null;
			const [, source, indicatorWords, from, to, found, expected, difference, rows] = m;
			const indicator =
				lang === 'en' ? indicatorWords : w.indicators[indicatorWords.replace(/ /g, '_')];
			if (!indicator) return null;
			return w.published({
				source,
				indicator,
				from,
				to,
				found: col(f.found, found),
				expected: col(f.expected, expected),
				difference: n(parseNum(difference)),
				rows: rows.replace(/^(\S+) and /, `$1 ${w.and} `)
			});
		}
	}
}

/** What a sum rule states, in the language; null for a sum rule of another shape. */
function ruleWhat(rule: string, w: FindingWords): string | null {
	let m = SUM_ROWS123.exec(rule);
	if (m) return w.sumWhat.rows123(m[1]);
	m = SUM_ROWS3TO7.exec(rule);
	if (m) return w.sumWhat.rows3to7(m[1]);
	m = SUM_APPENDIX.exec(rule);
	if (m && ['2', '3', '4', '5', '6', '7', '6+7'].includes(m[2]))
		return w.sumWhat.appendix(m[1], m[2].split('+'));
	return null;
}

/** The finding's message in `lang`: rendered, or the stored English one when unknown. */
export function findingMessage(f: FindingLike, lang: Lang): string {
	return renderFinding(f, lang) ?? f.message;
}
