/**
 * A horizontal bar ranking (regions, chapters, articles). Rows without a value are kept and
 * labelled «no data» at zero length, so that a missing region never reads as zero.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../dataset';
import type { Translator } from '../i18n';
import { tickNumber } from './ticks';
import { chartLabel } from '../domain/criminal-code';

export interface BarRankingOptions {
	label: string;
	value: string;
	xLabel: string;
	highlight?: string;
	/** `rows` keeps the rows' order (an ordinal scale such as sentence terms); default: by value. */
	order?: 'value' | 'rows';
}

export function barRankingOptions(
	rows: Row[],
	o: BarRankingOptions,
	tr: Translator
): Plot.PlotOptions {
	const data = rows.map((r) => ({
		label: String(r[o.label]),
		value: typeof r[o.value] === 'number' ? (r[o.value] as number) : null,
		hi: o.highlight ? !!r[o.highlight] : false
	}));
	const known = data.filter((d) => d.value !== null);
	const missing = data.filter((d) => d.value === null);
	const order =
		o.order === 'rows'
			? data.map((d) => d.label)
			: [...known.sort((a, b) => b.value! - a.value!), ...missing].map((d) => d.label);
	return {
		width: 720,
		height: Math.max(120, 22 * data.length + 40),
		marginLeft: 260,
		marginRight: 80,
		x: {
			grid: true,
			label: o.xLabel,
			tickFormat: tickNumber(tr),
			// room for the labels left of negative bars
			insetLeft: known.some((d) => d.value! < 0) ? 56 : 0
		},
		y: { label: null, domain: order, tickFormat: axisLabels(order, tr) },
		marks: [
			Plot.barX(known, {
				x: 'value',
				y: 'label',
				fill: (d) => (d.hi ? '#b2182b' : '#2166ac'),
				// the whole label on hover: the axis may have cut it (shorten)
				title: (d) => `${d.label}: ${tr.num(d.value, 1)}`
			}),
			// Value labels beside the bar's end, outside the bar (dark text on a dark bar fails
			// contrast): right of positive bars, left of negative ones.
			Plot.text(
				known.filter((d) => d.value! >= 0),
				{
					x: 'value',
					y: 'label',
					text: (d) => tr.num(d.value, 1),
					textAnchor: 'start',
					dx: 4,
					fill: '#222'
				}
			),
			Plot.text(
				known.filter((d) => d.value! < 0),
				{
					x: 'value',
					y: 'label',
					text: (d) => tr.num(d.value, 1),
					textAnchor: 'end',
					dx: -4,
					fill: '#222'
				}
			),
			Plot.text(missing, {
				x: 0,
				y: 'label',
				text: () => tr.t('label.nodata'),
				textAnchor: 'start',
				dx: 4,
				fill: '#555',
				fontStyle: 'italic'
			}),
			Plot.ruleX([0])
		]
	};
}

/**
 * The tick format of a label axis: chapters by their short names («Гл. 6 · Против
 * собственности»), anything still too long cut, every label told apart. The uncut text is
 * registered (`axisText`) so that the phone drawing (narrow.ts) can cut it again, shorter.
 */
export function axisLabels(domain: string[], tr: Pick<Translator, 'lang'>): (l: string) => string {
	const text = (l: string) => chartLabel(l, tr.lang);
	const short = distinctShort(domain.map(text), AXIS_LABEL_MAX);
	const format = (l: string) => short.get(text(l)) ?? text(l);
	axisText.set(format, text);
	return format;
}

/** A label axis's tick format → the whole text of its labels (before any cut). */
export const axisText = new WeakMap<object, (l: string) => string>();

/**
 * Long Criminal Code labels are cut with an ellipsis on the axis (the table keeps them whole).
 * 38 characters fit the 260 px left margin at Plot's 10 px font even in wide Cyrillic letters
 * (ш, ж, м, ю); 44 overflowed it and the start of the label was clipped.
 */
export const AXIS_LABEL_MAX = 38;
export function shorten(label: string, max: number = AXIS_LABEL_MAX): string {
	if (label.length <= max) return label;
	// the article number is what an analyst reads: "(ст.106)" stays, the name is cut
	const article = /^(.*\S)\s*(\(ст\.[^()]*\))$/.exec(label);
	if (article && max - article[2].length - 1 >= 4)
		return `${cut(article[1], max - article[2].length - 1)} ${article[2]}`;
	return cut(label, max);
}

/**
 * Every label of one axis shortened to `max` letters and still told apart: where two cut
 * labels would read the same, both keep their end instead («Мошенни…(ст.190)»).
 */
export function distinctShort(labels: string[], max: number): Map<string, string> {
	const out = new Map(labels.map((l) => [l, shorten(l, max)]));
	const seen = new Map<string, string[]>();
	for (const [l, s] of out) seen.set(s, [...(seen.get(s) ?? []), l]);
	for (const same of seen.values()) {
		if (same.length < 2) continue;
		for (let tail = 4; tail < max - 2; tail++) {
			const head = max - tail - 1;
			const cuts = same.map((l) =>
				l.length <= max ? l : `${l.slice(0, head).trimEnd()}…${l.slice(-tail)}`
			);
			if (new Set(cuts).size === cuts.length || tail === max - 3) {
				same.forEach((l, i) => out.set(l, cuts[i]));
				break;
			}
		}
	}
	return out;
}

/** `text` in at most `max` characters with an ellipsis, at a word boundary near the end. */
function cut(text: string, max: number): string {
	if (text.length <= max) return text;
	const head = text.slice(0, max - 1);
	const space = head.lastIndexOf(' ');
	return `${(space >= max - 12 ? head.slice(0, space) : head).trimEnd()}…`;
}
