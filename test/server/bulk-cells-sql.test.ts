/**
 * The bulk CSV is written by DuckDB, not by csv.ts, so its formula guard is SQL
 * (neutralisedSql): it must give exactly what neutraliseFormula gives, for the probe's
 * payloads and for plain text. And its parameters are zod-checked: kind and lang only.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { neutraliseFormula } from '../../src/lib/server/export/csv';
import { neutralisedSql, parseBulkQuery } from '../../src/lib/server/queries/bulk-cells';

const TEXTS = [
	'=1+1',
	'+7',
	'-2',
	'@x',
	'\tx',
	'\rx',
	'\nx',
	' =1+1',
	'\f=1',
	'\uFF1D1+1',
	'\uFF0B1',
	'\uFF0D1',
	'\uFF20SUM(A1)',
	'x;=1+1',
	'x; =1+1',
	'x;\uFF1D1+1',
	'a;b;@x;+y',
	'"q";=HYPERLINK("http://x")',
	'Akmola Region.XLSX',
	'R1-1',
	'Абайская область',
	'a-b',
	'x;y',
	''
];

const inst = await DuckDBInstance.create(':memory:');
const conn = await inst.connect();
afterAll(() => {
	conn.closeSync();
	inst.closeSync();
});

describe('neutralisedSql', () => {
	it.each(TEXTS.map((t) => [t]))('%j as neutraliseFormula writes it', async (text) => {
		const r = await conn.runAndReadAll(`SELECT ${neutralisedSql('$1::VARCHAR')} AS y`, [text]);
		expect(r.getRowObjectsJS()[0].y).toBe(neutraliseFormula(text));
	});
});

describe('parseBulkQuery', () => {
	it('defaults to real cells', () => expect(parseBulkQuery({})).toEqual({ kind: 'real' }));
	it('takes kind and lang', () =>
		expect(parseBulkQuery({ kind: 'synthetic', lang: 'kk' })).toEqual({
			kind: 'synthetic',
			lang: 'kk'
		}));
	it.each([
		[{ kind: 'all' }, /kind must be real or synthetic/],
		[{ lang: 'de' }, /lang must be ru, kk or en/],
		[{ form: '1-M' }, /unknown parameter\(s\) form/]
	])('refuses %o', (raw, msg) => expect(() => parseBulkQuery(raw)).toThrow(msg));
});
