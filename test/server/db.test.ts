/**
 * The web tier never serves a silent demo: a SARAPSHY_DB that names no file is an error that
 * names the variable and how to fix it (issue 13.1). Real DuckDB, a real temp folder.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { query } from '../../src/lib/server/db.ts';
import { tempWarehouseDir } from './temp-env.ts';

const dir = tempWarehouseDir('sarapshy-db-');

describe('opening the warehouse', () => {
	it('refuses a SARAPSHY_DB that does not exist, naming the variable and the fix', async () => {
		const missing = join(dir, 'typo.duckdb');
		process.env.SARAPSHY_DB = missing;
		// A 503 (HttpError) whose message names the variable, the file and the fix, but not
		// where the server's files are (issue 14: no absolute paths in responses).
		const refusal = await query('SELECT 1').then(
			() => null,
			(e: { status?: number; body?: { message?: string } }) => e
		);
		expect(refusal?.status).toBe(503);
		const message = refusal?.body?.message ?? '';
		expect(message).toMatch(
			/^SARAPSHY_DB names typo\.duckdb, which does not exist\. Fix the path, or create that warehouse: .*etl -- import.*build-default/
		);
		expect(message).not.toContain(dir);
	});
});
