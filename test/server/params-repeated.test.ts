/**
 * Shared links (issue 14, the probe): a parameter given twice is refused with its name, and
 * the tracking parameters that mail, chat and ad platforms append are ignored.
 */
import { describe, expect, it } from 'vitest';
import { BadRequest, parseViewQuery, singleValuedParams } from '../../src/lib/server/params';

const parse = (s: string) => parseViewQuery(new URLSearchParams(s));

describe('repeated parameters', () => {
	it('refuses region=KZ-71&region=KZ-75, naming the parameter and both values', () => {
		expect(() => parse('region=KZ-71&region=KZ-75')).toThrow(BadRequest);
		expect(() => parse('region=KZ-71&region=KZ-75')).toThrow(
			/parameter region is given 2 times \(KZ-71, KZ-75\); give each parameter once/
		);
	});
	it('refuses a repeat even of the same value, and names every repeated parameter', () => {
		expect(() => parse('period=2022&period=2022')).toThrow(/parameter period is given 2 times/);
		expect(() => parse('period=2022&region=KZ-11&period=2021&region=KZ-75')).toThrow(
			/parameter period is given 2 times \(2022, 2021\), and so are region/
		);
	});
	it('keeps ignoring an empty value (a GET form with an empty select)', () => {
		expect(parse('region=&region=KZ-75').region).toBe('KZ-75');
	});
});

describe('tracking parameters', () => {
	it.each([
		'utm_source=telegram&utm_medium=social&utm_campaign=x',
		'fbclid=IwAR0abc',
		'gclid=Cj0KCQ',
		'yclid=123456',
		'ysclid=lq1w2e3r',
		'_ga=2.1234.5678',
		'UTM_Source=mail',
		'utm_source=a&utm_source=b'
	])('ignores %s', (qs) => {
		const q = parse(`region=KZ-75&period=2022&${qs}`);
		expect(q).toMatchObject({ region: 'KZ-75', period: '2022' });
	});
	it('still refuses unknown parameters that are not tracking ones', () => {
		expect(() => parse('region=KZ-75&utm=1')).toThrow(/unknown parameter\(s\) utm/);
		expect(() => parse('gclid_x=1')).toThrow(/unknown parameter\(s\) gclid_x/);
	});
	it('leaves tracking parameters out of singleValuedParams', () => {
		expect(singleValuedParams(new URLSearchParams('a=1&utm_term=x&fbclid=y&b='))).toEqual({
			a: '1'
		});
	});
});
