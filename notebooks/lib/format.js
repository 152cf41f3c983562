/**
 * Number formatting and figure marks for the research notebooks. A figure is printed with
 * `data-figure` (its name) and `data-value` (the exact number), so that the notebook test can
 * compare what a reader sees with the warehouse. A value that is missing or not finite prints
 * as a dash, never as "n/a", "NaN" or "∞": prose that could meet one must say why instead.
 */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** What a table cell shows where there is no number (no data, or a share of nothing). */
export const NO_VALUE = '—';

const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);

/** 157473 → "157,473"; null → "—". */
export function formatCount(value) {
	return isNumber(value) ? integer.format(value) : NO_VALUE;
}

/** A number with fixed decimals: 36.214 → "36.2". */
export function formatFixed(value, digits = 1) {
	return isNumber(value)
		? new Intl.NumberFormat('en-US', {
				minimumFractionDigits: digits,
				maximumFractionDigits: digits
			}).format(value)
		: NO_VALUE;
}

/** A share as a percentage: 0.0123 → "1.23 %". */
export function formatPercent(share, digits = 1) {
	return isNumber(share) ? `${formatFixed(share * 100, digits)} %` : NO_VALUE;
}

/** Text from a file or the warehouse, made safe to put in HTML. */
export function escapeHtml(text) {
	return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An inline figure for a markdown cell: `${figure('kz-total', total)}`. */
export function figure(name, value, text = formatCount(value)) {
	return `<span class="figure" data-figure="${escapeHtml(name)}" data-value="${escapeHtml(value ?? '')}">${escapeHtml(text)}</span>`;
}

/**
 * The one sentence a notebook prints when the warehouse lacks one of its inputs, in place of
 * the figures that would need it: what is missing, what is therefore not shown, and how to get
 * it. Marked `data-figure="missing-input-<name>"` for the test. `sentence` is HTML.
 */
export function missingInput(name, sentence) {
	return `<p class="missing-input" data-figure="missing-input-${escapeHtml(name)}" data-value="${escapeHtml(name)}"><strong>Missing input:</strong> ${sentence}</p>`;
}

/** The closing mark the notebook test waits for; put it in the last cell. */
export function done(...dependencies) {
	return `<span data-figure="done" data-value="${dependencies.length}"></span>`;
}
