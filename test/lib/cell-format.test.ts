/**
 * Exports carry figures as the page shows them: roundAsShown rounds to the digits of the
 * column kind (cell-format.ts, the one place the DataTable's text comes from too). Expected
 * values worked out by hand: 40.487917040683485 to two decimals is 40.49 (third decimal 7
 * rounds 48 up), to one 40.5; halves go away from zero (1234.5 → 1235, −2.5 → −3), on the
 * decimal form as written (1.005 → 1.01, where toFixed would give 1.00).
 */
import { describe, expect, it } from 'vitest';
import { formatCell, roundAsShown, shownDigits } from '../../src/lib/cell-format';
import type { Column } from '../../src/lib/dataset';
import { translator } from '../../src/lib/i18n';

const rate: Column = { key: 'rate', label: 'rate', kind: 'number', digits: 2 };
const oneDecimal: Column = { key: 'x', label: 'x', kind: 'number', digits: 1 };
const count: Column = { key: 'n', label: 'n', kind: 'number' };
const share: Column = { key: 's', label: 's', kind: 'pct' };
const change: Column = { key: 'c', label: 'c', kind: 'signedPct' };
const text: Column = { key: 't', label: 't', kind: 'text' };
const raw: Column = { key: 'v', label: 'v', kind: 'number', asIs: true };

describe('roundAsShown', () => {
	it.each([
		// The example: a rate per 10,000 exported as 40.487917040683485.
		[rate, 40.487917040683485, 40.49],
		[oneDecimal, 40.487917040683485, 40.5],
		[rate, 1.005, 1.01],
		[count, 1234.5, 1235],
		[count, -2.5, -3],
		[count, 5317, 5317],
		// Shares: one decimal, two below 1 % (0.0449 % reads 0,04 %, not 0 %).
		[share, 33.333333, 33.3],
		[share, 0.0449, 0.04],
		[share, 0.046, 0.05],
		[share, 0, 0],
		[change, 12.35, 12.4],
		[change, -0.04, 0],
		// Not rounded: text columns, figures as published, missing values.
		[text, 40.487917040683485, 40.487917040683485],
		[raw, 12.345, 12.345],
		[rate, null, null],
		[rate, 'x', 'x']
	])('%o: %s → %s', (c, v, out) => expect(roundAsShown(c as Column, v)).toBe(out));

	it('gives no negative zero', () => expect(Object.is(roundAsShown(change, -0.04), 0)).toBe(true));
});

describe('the table and the export agree', () => {
	const en = translator('en');
	it.each([
		[rate, 40.487917040683485, '40.49'],
		[share, 33.333333, '33.3 %'],
		[share, 0.0449, '0.04 %'],
		[count, 1234.5, '1,235'],
		[change, -7.25, '−7.3 %']
	])('%o: %s shows %s and exports the figure it shows', (c, v, shown) => {
		expect(formatCell(c as Column, v, en)).toBe(shown);
		const r = roundAsShown(c as Column, v) as number;
		const d = shownDigits(c as Column, v)!;
		// The exported figure, written with the digits the page uses, is the same text.
		expect(en.num(Math.abs(r), d)).toBe(shown.replace(/[−+ %]/g, ''));
	});
	it('writes «no data» for a missing figure, never 0', () => {
		expect(formatCell(count, null, en)).toBe(en.t('label.nodata'));
		expect(formatCell(text, null, en)).toBe('');
	});
});

describe('a code the page says in words (shownAs)', () => {
	// The «Rule» column of /data: the rule id in words on the page, the id in the files.
	const rule: Column = {
		key: 'rule',
		label: 'rule',
		kind: 'text',
		shownAs: { 'R1-1.row3=row4+5+6+7': 'Section 1-1: row 3 = rows 4+5+6+7' }
	};
	it('shows the words on the page and exports the code', () => {
		const en = translator('en');
		expect(formatCell(rule, 'R1-1.row3=row4+5+6+7', en)).toBe('Section 1-1: row 3 = rows 4+5+6+7');
		expect(roundAsShown(rule, 'R1-1.row3=row4+5+6+7')).toBe('R1-1.row3=row4+5+6+7');
		// A code without words, or an inherited property name, is shown as it is.
		expect(formatCell(rule, 'R9.row1', en)).toBe('R9.row1');
		expect(formatCell(rule, 'toString', en)).toBe('toString');
	});
});
