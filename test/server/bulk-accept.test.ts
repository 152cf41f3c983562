/**
 * Which clients get the bulk CSV as its gzip file (export/bulk.ts): those whose
 * Accept-Encoding names gzip (or *) with a non-zero q (RFC 9110 §12.5.3).
 */
import { describe, expect, it } from 'vitest';
import { acceptsGzip } from '../../src/lib/server/export/bulk';

describe('acceptsGzip', () => {
	it('takes gzip where the client lists it, with or without a weight', () => {
		expect(acceptsGzip('gzip, deflate, br')).toBe(true);
		expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
		expect(acceptsGzip('*')).toBe(true);
	});
	it('sends plain text when gzip is absent or refused', () => {
		expect(acceptsGzip(null)).toBe(false);
		expect(acceptsGzip('')).toBe(false);
		expect(acceptsGzip('identity')).toBe(false);
		expect(acceptsGzip('deflate, br')).toBe(false);
		expect(acceptsGzip('gzip;q=0')).toBe(false);
	});
});
