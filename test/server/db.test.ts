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
		await expect(query('SELECT 1')).rejects.toThrow(
			new RegExp(
				`SARAPSHY_DB=${missing} names .*which does not exist.*etl -- import.*build-default`
			)
		);
	});
});
