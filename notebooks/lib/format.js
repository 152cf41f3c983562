/**
 * Number formatting and figure marks for the research notebooks. A figure is printed with
 * `data-figure` (its name) and `data-value` (the exact number), so that the notebook test can
 * compare what a reader sees with the warehouse.
 */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 157473 → "157,473"; null → "n/a". */
export function formatCount(value) {
	return value == null || Number.isNaN(value) ? 'n/a' : integer.format(value);
}

/** A number with fixed decimals: 36.214 → "36.2". */
export function formatFixed(value, digits = 1) {
	return value == null || Number.isNaN(value)
		? 'n/a'
		: new Intl.NumberFormat('en-US', {
				minimumFractionDigits: digits,
				maximumFractionDigits: digits
			}).format(value);
}

/** A share as a percentage: 0.0123 → "1.23 %". */
export function formatPercent(share, digits = 1) {
	return share == null || Number.isNaN(share) ? 'n/a' : `${formatFixed(share * 100, digits)} %`;
}

/** Text from a file or the warehouse, made safe to put in HTML. */
export function escapeHtml(text) {
	return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An inline figure for a markdown cell: `${figure('kz-total', total)}`. */
export function figure(name, value, text = formatCount(value)) {
	return `<span class="figure" data-figure="${escapeHtml(name)}" data-value="${escapeHtml(value ?? '')}">${escapeHtml(text)}</span>`;
}

/** The closing mark the notebook test waits for; put it in the last cell. */
export function done(...dependencies) {
	return `<span data-figure="done" data-value="${dependencies.length}"></span>`;
}
