import { describe, expect, it } from 'vitest';
import {
	parsePeriod,
	previousCumulative,
	samePeriodLastYear
} from '../../../src/lib/domain/periods';

describe('parsePeriod', () => {
	it.each([
		['2022', '2022', 12, '2022-12-31'],
		['2022-12', '2022', 12, '2022-12-31'],
		['2023-03', '2023-03', 3, '2023-03-31'],
		['2024-02', '2024-02', 2, '2024-02-29']
	])('%s → %s', (text, key, monthTo, end) => {
		const p = parsePeriod(text);
		expect(p.key).toBe(key);
		expect(p.monthTo).toBe(monthTo);
		expect(p.start).toBe(p.key.slice(0, 4) + '-01-01');
		expect(p.end).toBe(end);
	});
	it.each(['22', '2022-13', '2022-00', 'март', ''])('refuses «%s» with a message', (text) => {
		expect(() => parsePeriod(text)).toThrow(/period/);
	});
	it('gives the same period last year and the previous cumulative report', () => {
		expect(samePeriodLastYear('2023-03')).toBe('2022-03');
		expect(samePeriodLastYear('2022')).toBe('2021');
		expect(previousCumulative('2023-03')).toBe('2023-02');
		expect(previousCumulative('2023-01')).toBeNull();
	});
});
