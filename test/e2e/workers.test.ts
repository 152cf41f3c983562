/**
 * Issue 14.3: the BUILT server runs in SARAPSHY_WORKERS processes (node:cluster in
 * build/index.js, written by scripts/adapter-security-headers.js). Two workers read the same
 * warehouse file at once (each opens it read-only), both answer, both move to a newly
 * published generation (`etl build-default` publishes by rename, pipelines/publish.ts), and
 * SIGTERM stops all of them. Real processes, real HTTP on 127.0.0.1, a real DuckDB file.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { etl } from '../pipelines/cli/helpers';
import { ensureTestArtifacts } from './artifacts';
import { startServer, type RunningServer } from './harness';

let dir: string;
let db: string;
let server: RunningServer;

/** The server's worker processes (children of the primary). */
const workers = (): number[] =>
	readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8')
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.map(Number);

/** Does process `pid` hold `file` open? */
const holds = (pid: number, file: string): boolean =>
	readdirSync(`/proc/${pid}/fd`).some((fd) => {
		try {
			return readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
		} catch {
			return false; // closed meanwhile
		}
	});

/** GET on a NEW connection each time: the primary hands connections to the workers in turn. */
function get(path: string): Promise<{ status: number; body: string }> {
	return new Promise((res, rej) => {
		const req = request(`${server.url}${path}`, { agent: false }, (r) => {
			let body = '';
			r.setEncoding('utf8');
			r.on('data', (d) => (body += d));
			r.on('end', () => res({ status: r.statusCode ?? 0, body }));
		});
		req.on('error', rej);
		req.end();
	});
}

const generationOf = async (): Promise<number> => {
	const r = await get('/api/v1/health');
	expect(r.status).toBe(200);
	return (JSON.parse(r.body) as { generation: number }).generation;
};

beforeAll(async () => {
	ensureTestArtifacts(); // the built app
	dir = mkdtempSync(join(tmpdir(), 'sarapshy-workers-'));
	db = join(dir, 'w.duckdb');
	const built = etl(db, ['build-default']);
	expect(built.status, built.stderr).toBe(0);
	server = await startServer(db, { SARAPSHY_WORKERS: '2' });
}, 1_200_000);

afterAll(async () => {
	await server?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('two server processes', () => {
	it('both read the same warehouse file at once and answer', async () => {
		expect(workers()).toHaveLength(2);
		const paths = Array.from({ length: 20 }, (_, i) =>
			i % 2 ? '/api/v1/data/overview-kpis.json' : `/api/v1/data/regions-ranking.csv?lang=kk`
		);
		const answers = await Promise.all(paths.map(get));
		expect(answers.map((a) => a.status)).toEqual(paths.map(() => 200));
		// the build-default warehouse holds the demo (the synthetic mark is in every export)
		expect(answers[1].body).toContain('"synthetic":true');
		// The server answers as soon as its first worker listens; on a busy machine the second may
		// start listening later and get none of the first batch: ask again (new connections, so
		// the primary hands them round) for up to 20 s before each worker must hold the file.
		for (let t = Date.now(); Date.now() - t < 20_000;) {
			if (workers().every((pid) => holds(pid, db))) break;
			const more = await Promise.all(paths.map(get));
			expect(more.map((a) => a.status)).toEqual(paths.map(() => 200));
		}
		for (const pid of workers()) expect(holds(pid, db), `worker ${pid} holds ${db}`).toBe(true);
	});

	it('both move to a newly published generation within 10 s', async () => {
		const before = await generationOf();
		expect(await generationOf()).toBe(before); // both workers (connections alternate)
		const published = etl(db, ['build-default']);
		expect(published.status, published.stderr).toBe(0);
		const t0 = Date.now();
		// ten answers in a row on new connections (both workers) report the new generation
		let inARow = 0;
		while (inARow < 10 && Date.now() - t0 < 10_000) {
			inARow = (await generationOf()) === before + 1 ? inARow + 1 : 0;
			if (!inARow) await new Promise((r) => setTimeout(r, 100));
		}
		expect(inARow).toBe(10);
		expect(Date.now() - t0).toBeLessThan(10_000);
	}, 120_000);

	it('SIGTERM stops the primary and every worker', async () => {
		const pids = [server.pid, ...workers()];
		expect(pids).toHaveLength(3);
		await server.stop();
		for (let i = 0; i < 50 && pids.some((p) => existsSync(`/proc/${p}`)); i++)
			await new Promise((r) => setTimeout(r, 100));
		expect(pids.filter((p) => existsSync(`/proc/${p}`))).toEqual([]);
	}, 30_000);
});
