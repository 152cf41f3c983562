/**
 * No response says where the server's files are (issue 14, the probe): absolute paths in a
 * message are cut to the file's name, URL paths are left as they are.
 */
import { describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withoutPaths } from '../../src/lib/server/redact';

describe('withoutPaths', () => {
	it.each([
		[
			// DuckDB's message for a file that is not a warehouse
			`IO Error: The file "${join(process.cwd(), 'data/warehouse/sarapshy.duckdb')}" exists, but it is not a valid DuckDB database file!`,
			'IO Error: The file "sarapshy.duckdb" exists, but it is not a valid DuckDB database file!'
		],
		[
			`warehouse ${join(tmpdir(), 'x', 'e2e-demo.duckdb')} does not exist`,
			'warehouse e2e-demo.duckdb does not exist'
		],
		['Cannot open /home/analyst/wh/sarapshy.duckdb.wal', 'Cannot open sarapshy.duckdb.wal'],
		['C:\\Users\\analyst\\wh.duckdb is locked', 'wh.duckdb is locked']
	])('cuts %j', (message, out) => expect(withoutPaths(message)).toBe(out));
	it.each([
		'no API route /api/v1/nope; see /api/v1/datasets and docs/API.md',
		'see the /data page, /regions/KZ-11 and /forecasts?h=3'
	])('leaves URL paths in %j', (message) => expect(withoutPaths(message)).toBe(message));
});
