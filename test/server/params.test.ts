/** Filters from the URL: defaults, and bad values refused with a message naming the parameter. */
import { describe, expect, it } from 'vitest';
import { BadRequest, parseViewQuery, toQueryString } from '../../src/lib/server/params';

const parse = (s: string) => parseViewQuery(new URLSearchParams(s));

describe('parseViewQuery', () => {
	it('gives defaults for an empty query', () => {
		const q = parse('');
		expect(q.indicator).toBe('rate');
		expect(q.group).toBe('all');
		expect([q.w_rate, q.w_growth, q.w_grave, q.w_recid]).toEqual([40, 30, 20, 10]);
		expect(q.limit).toBe(1000);
	});
	it('accepts valid filters', () => {
		const q = parse('period=2023-03&region=KZ-75&indicator=change&group=grave&w_rate=0');
		expect(q).toMatchObject({
			period: '2023-03',
			region: 'KZ-75',
			indicator: 'change',
			group: 'grave',
			w_rate: 0
		});
	});
	it.each([
		['period=22', /period must be YYYY/],
		['region=KZ-99', /region must be an ISO 3166-2:KZ code/],
		['indicator=foo', /indicator/],
		['limit=100000', /limit/],
		['w_rate=-1', /w_rate/],
		['drop=table', /unknown parameter\(s\) drop/]
	])('refuses %s', (qs, msg) => {
		expect(() => parse(qs)).toThrow(BadRequest);
		expect(() => parse(qs)).toThrow(msg);
	});
	it('writes a permalink without defaults', () => {
		expect(
			toQueryString(parse('period=2022&indicator=rate&w_rate=50'), [
				'period',
				'indicator',
				'w_rate'
			])
		).toBe('?period=2022&w_rate=50');
	});
});
