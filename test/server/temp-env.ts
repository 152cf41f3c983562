/**
 * Test helper for server tests that point SARAPSHY_DB at their own warehouse: a temp folder
 * for it, and SARAPSHY_DB restored (and the folder removed) after the file's tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function tempWarehouseDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	const saved = process.env.SARAPSHY_DB;
	afterAll(() => {
		if (saved === undefined) delete process.env.SARAPSHY_DB;
		else process.env.SARAPSHY_DB = saved;
		rmSync(dir, { recursive: true, force: true });
	});
	return dir;
}
