/**
 * `npm run etl` starts pipelines/cli.ts through pipelines/etl.mjs, which sets what glibc reads
 * only at process start (etl-env.mjs). The launcher must be invisible otherwise: arguments,
 * output, exit status and signals pass through, and a killed import writes nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ETL_ENV, etlEnv } from '../../../pipelines/etl-env.mjs';
import { FORM_1M_2022, requireData, ROOT } from './helpers.ts';
import { openWarehouse } from '../../../pipelines/warehouse.ts';

const LAUNCHER = resolve(ROOT, 'pipelines/etl.mjs');
let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('the etl launcher', () => {
	it('adds MALLOC_ARENA_MAX=2 unless the user set it', () => {
		expect(ETL_ENV).toEqual({ MALLOC_ARENA_MAX: '2' });
		expect(etlEnv({ PATH: '/bin' })).toEqual({ PATH: '/bin', MALLOC_ARENA_MAX: '2' });
		expect(etlEnv({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
	});

	it('passes arguments, output and exit status through', () => {
		const r = spawnSync(process.execPath, [LAUNCHER, 'no-such-command'], {
			cwd: ROOT,
			encoding: 'utf8'
		});
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('unknown command «no-such-command»');
	}, 60_000);

	it('starts the command with ETL_ENV, relays SIGTERM, and the killed import writes nothing', async () => {
		dir = mkdtempSync(join(tmpdir(), 'sarapshy-launch-'));
		const db = join(dir, 'w.duckdb');
		const file = join(requireData(FORM_1M_2022), 'Akmola Region.XLSX');
		const env: NodeJS.ProcessEnv = {
			...process.env,
			SARAPSHY_DB: db,
			SARAPSHY_ETL_PAUSE_BEFORE_COMMIT_MS: '60000'
		};
		delete env.MALLOC_ARENA_MAX;
		const launcher = spawn(process.execPath, [LAUNCHER, 'import', file, '--period', '2022'], {
			cwd: ROOT,
			env,
			stdio: ['ignore', 'ignore', 'pipe']
		});
		await new Promise<void>((done, fail) => {
			let err = '';
			launcher.stderr!.on('data', (d) => {
				err += String(d);
				if (err.includes('pausing')) done();
			});
			launcher.on('exit', () => fail(new Error(`ended before the pause: ${err}`)));
		});
		const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(launcher.pid)], {
			encoding: 'utf8'
		})
			.stdout.trim()
			.split(/\s+/)
			.map(Number);
		expect(children).toHaveLength(1);
		const started = readFileSync(`/proc/${children[0]}/environ`, 'utf8').split('\0');
		expect(started).toContain('MALLOC_ARENA_MAX=2');
		const ended = new Promise<string | null>((r) => launcher.on('exit', (_c, s) => r(s)));
		launcher.kill('SIGTERM');
		expect(await ended).toBe('SIGTERM');
		const wh = await openWarehouse(db);
		try {
			const n = (
				await wh.conn.runAndReadAll('SELECT count(*)::INTEGER FROM source_file')
			).getRows();
			expect(n[0][0]).toBe(0);
		} finally {
			wh.close();
		}
	}, 120_000);
});
