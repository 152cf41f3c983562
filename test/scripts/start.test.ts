/**
 * `npm start` (scripts/start.js) builds the embedded default only where no warehouse was
 * named: a SARAPSHY_DB that names a missing file stops it with a message naming the variable
 * and the fix, and no demo is built in its place (issue 13.1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'sarapshy-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start with SARAPSHY_DB naming a missing file', () => {
	it('exits 1 with a clear message and builds nothing there', () => {
		const missing = join(dir, 'typo.duckdb');
		const r = spawnSync(process.execPath, ['scripts/start.js'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, SARAPSHY_DB: missing, PORT: '0' },
			timeout: 60_000
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/SARAPSHY_DB=.*typo\.duckdb names .*which does not exist/);
		expect(r.stderr).toMatch(/etl -- import .*build-default/s);
		expect(existsSync(missing)).toBe(false);
	});
});
