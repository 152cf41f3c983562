/**
 * A validation finding in ru, kk or en, from its rule, its columns and its parameters
 * ($lib/domain/finding-params.ts) — never from its stored sentence. The validators store the
 * `en` rendering as `message` (the record the CLI prints and the exports carry), so a page in
 * English and the stored record read the same. A finding without (valid) parameters — a
 * warehouse written before they existed — is shown with its stored English message, marked
 * as English (`findingText`). Also: each rule id in words, for the «Rule» column of /data.
 */
import { translator, type Lang } from './index';
import * as words from './features/findings';
import type { FindingWords } from './features/findings';
import {
	APPENDIX_RULE,
	CELL_RULE_KIND,
	PARAMS_OF,
	SECTION_SUM_RULE,
	findingKind,
	readParams,
	type CellWhere
} from '../domain/finding-params';
import type { z } from 'zod';

export { findingKind, type FindingKind } from '../domain/finding-params';

/** The columns of a finding the renderer reads (FindingRow of queries/data-quality.ts). */
export interface FindingLike {
	rule: string;
	section?: string | null;
	rowCode?: string | null;
	grafa?: string | null;
	period?: string | null;
	expected: number | null;
	found: number | null;
	/** `finding.params`: JSON text or already parsed; null/absent on findings stored without. */
	params?: unknown;
	message: string;
}

const WORDS: Record<Lang, FindingWords> = { ru: words.ru, kk: words.kk, en: words.en };

const APPENDIX_ROWS = new Set(['2', '3', '4', '5', '6', '7', '6+7']);

/**
 * The finding's sentence in `lang`, or null when its rule is unknown or its parameters are
 * missing or do not fit the rule's kind (the caller then shows the stored English message).
 */
export function renderFinding(f: FindingLike, lang: Lang): string | null {
	const kind = findingKind(f.rule);
	if (!kind) return null;
	const raw = readParams(f.params);
	// The parameters as the rule's kind has them, or null (then the stored message is shown).
	const params = <T>(schema: z.ZodType<T>): T | null => {
		const r = schema.safeParse(raw);
		return r.success ? r.data : null;
	};
	const tr = translator(lang);
	const w = WORDS[lang];
	// Figures as the page writes them (exact doubles: decimals only where there are some).
	const n = (v: number) => tr.num(v, Number.isInteger(v) ? 0 : 3);
	const { section, rowCode, grafa, period, expected, found } = f;
	switch (kind) {
		case 'sum': {
			const p = params(PARAMS_OF.sum);
			if (!p) return null;
			const what = sumWhat(f.rule, w);
			if (!what || !section || !rowCode || !grafa || expected === null || found === null)
				return null;
			return w.sum({
				section,
				rows: rowCode,
				grafa,
				cell: p.cell,
				found: n(found),
				refSection: p.refSection,
				refRows: p.refRows,
				refGrafa: p.refGrafa,
				expected: n(expected),
				what
			});
		}
		case 'chapter': {
			const p = params(PARAMS_OF.chapter);
			if (!p) return null;
			if (!section || !rowCode || !grafa || expected === null || found === null) return null;
			return w.chapter({
				section,
				chapter: p.chapter ?? '?',
				row: rowCode,
				grafa,
				cell: p.cell,
				found: n(found),
				summands: n(p.summands),
				expected: n(expected)
			});
		}
		case 'cross-form': {
			const p = params(PARAMS_OF['cross-form']);
			if (!p) return null;
			if (expected === null || found === null) return null;
			return w.cross({
				sngCell: p.sngCell,
				found: n(found),
				m1Cell: p.m1Cell,
				expected: n(expected)
			});
		}
		case 'monthly': {
			const p = params(PARAMS_OF.monthly);
			if (!p) return null;
			if (!section || !rowCode || !grafa || !period || expected === null || found === null)
				return null;
			return w.monthly({
				section,
				row: rowCode,
				grafa,
				period: tr.period(period),
				cell: p.cell,
				found: n(found),
				previous: tr.period(p.previousPeriod),
				expected: n(expected),
				difference: n(found - expected)
			});
		}
		case 'cell': {
			const cellKind = CELL_RULE_KIND[f.rule];
			if (!section) return null;
			const value = (v: string | number | boolean) =>
				typeof v === 'string' ? `«${v}»` : typeof v === 'number' ? n(v) : String(v);
			const where = (x: CellWhere | null) => (x ? w.where(x) : null);
			const p = params(PARAMS_OF.cell);
			if (!p) return null;
			if ('cell' in p) {
				return w.cellOne({
					file: p.file,
					sheet: section,
					cell: p.cell,
					row: rowCode ?? null,
					grafa: grafa ?? null,
					value: value(p.value),
					kind: cellKind,
					where: where(p.where)
				});
			}
			return w.cellMany({
				file: p.file,
				sheet: section,
				count: n(p.count),
				range: p.range,
				kind: cellKind,
				where: where(p.where),
				shown: n(p.first.length),
				first: p.first.map((c) => `${c.cell} ${value(c.value)}`).join(', ')
			});
		}
		case 'published-total': {
			const p = params(PARAMS_OF['published-total']);
			if (!p) return null;
			// An indicator without words: its id in English (the stored record); ru/kk show that record.
			const indicator =
				w.indicators[p.indicator] ?? (lang === 'en' ? p.indicator.replace(/_/g, ' ') : null);
			if (!indicator || expected === null || found === null) return null;
			const [total, ...years] = p.ids;
			return w.published({
				source: p.source,
				indicator,
				from: String(p.from),
				to: String(p.to),
				found: n(found),
				expected: n(expected),
				difference: n(found - expected),
				rows: `${total} ${w.and} ${years.join(', ')}`
			});
		}
	}
}

/** What a sum rule states, in the language; null for a sum rule of another shape. */
function sumWhat(rule: string, w: FindingWords): string | null {
	const m = SECTION_SUM_RULE.exec(rule);
	if (m) {
		const refRows = m[3].replace(/row/g, '');
		if (m[2] === '1' && refRows === '2+3') return w.sumWhat.rows123(m[1]);
		if (m[2] === '3' && refRows === '4+5+6+7') return w.sumWhat.rows3to7(m[1]);
		return null;
	}
	const a = APPENDIX_RULE.exec(rule);
	if (a && APPENDIX_ROWS.has(a[2])) return w.sumWhat.appendix(a[1], a[2].split('+'));
	return null;
}

/**
 * The finding as a page shows it: rendered in `lang`, or the stored English message with
 * `lang: 'en'` (for the cell's `lang` attribute) when it cannot be rendered.
 */
export function findingText(f: FindingLike, lang: Lang): { text: string; lang: Lang } {
	const text = renderFinding(f, lang);
	return text === null ? { text: f.message, lang: 'en' } : { text, lang };
}

/** A rule id in words (`R1-1.row3=row4+5+6+7` → «Разд. 1-1: стр. 3 = стр. 4+5+6+7»); an unknown id as it is. */
export function ruleText(rule: string, lang: Lang): string {
	const r = WORDS[lang].rule;
	const m = SECTION_SUM_RULE.exec(rule);
	if (m) return r.sectionSum(m[1], m[2], m[3].replace(/row/g, '').split('+'));
	const a = APPENDIX_RULE.exec(rule);
	if (a) return r.appendix(a[1], a[2].split('+'));
	switch (findingKind(rule)) {
		case 'chapter':
			return r.chapter;
		case 'cross-form':
			return r.crossForm;
		case 'monthly':
			return r.monthly;
		case 'cell':
			return r.cell[CELL_RULE_KIND[rule]];
		case 'published-total':
			return r.publishedTotal;
		default:
			return rule;
	}
}
