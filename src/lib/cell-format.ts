/**
 * How a table cell is shown, in one place: the digits each column kind displays, the value
 * rounded to them and the text the page writes. The DataTable shows `formatCell`; every
 * export (CSV, XLSX, JSON) carries `roundAsShown`, so a downloaded figure is the figure on the
 * page (a rate 40.487917… reads 40,49 on the page and 40.49 in the file), never a longer one.
 * Codes are the one exception: a column's `shownAs` says a stored code in words on the page
 * (a finding's rule id), while the files keep the code, which is what a reader filters on.
 */
import type { Column } from './dataset';
import type { Translator } from './i18n';

/**
 * Decimal places a number in this column is shown with, or null when it is shown as it is
 * (text columns; `asIs` columns such as raw form cells). Mirrors the translator: a share
 * between 0 and 1 % keeps two decimals, so that 0.04 % does not read as 0 %.
 */
export function shownDigits(c: Column, v: number): number | null {
	if (c.asIs) return null;
	switch (c.kind) {
		case 'number':
			return c.digits ?? 0;
		case 'pct': {
			const d = c.digits ?? 1;
			return v !== 0 && Math.abs(v) < 1 ? Math.max(d, 2) : d;
		}
		case 'signedPct':
			return c.digits ?? 1;
		default:
			return null;
	}
}

// Intl rounds half away from zero on the shortest decimal form of the number, exactly as the
// page's formatter does (1.005 → 1.01, where toFixed gives 1.00): one per number of digits.
const rounders = new Map<number, Intl.NumberFormat>();
function rounder(digits: number): Intl.NumberFormat {
	let f = rounders.get(digits);
	if (!f) {
		f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping: false });
		rounders.set(digits, f);
	}
	return f;
}

/** The value as the page shows it: numbers rounded to the column's shown digits, the rest as is. */
export function roundAsShown<T>(c: Column, v: T): T | number {
	if (typeof v !== 'number' || !Number.isFinite(v)) return v;
	const digits = shownDigits(c, v);
	if (digits === null) return v;
	const r = Number(rounder(digits).format(v));
	return Object.is(r, -0) ? 0 : r;
}

/** The text of a cell in the page's language; a missing figure reads «no data», never 0. */
export function formatCell(c: Column, v: unknown, tr: Translator): string {
	if (v === null || v === undefined || v === '')
		return c.kind === 'text' || c.blankIfNull ? '' : tr.t('label.nodata');
	if (typeof v === 'boolean') return v ? '✓' : '';
	// A code the page says in words (the exports write the code: they never call this).
	if (typeof v === 'string' && c.shownAs && Object.hasOwn(c.shownAs, v)) return c.shownAs[v];
	if (typeof v !== 'number') return String(v);
	if (c.asIs) return tr.num(v, 10);
	switch (c.kind) {
		case 'pct':
			return tr.pct(v, c.digits ?? 1);
		case 'signedPct':
			return tr.signedPct(v, c.digits ?? 1);
		case 'number':
			return tr.num(v, c.digits ?? 0);
		default:
			return String(v);
	}
}
