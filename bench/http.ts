/**
 * `npm run bench:http`: load on the BUILT server at 127.0.0.1 with autocannon.
 * 1. The mixed, uncached scenario (bench/http-mixed.ts, issue 14): distinct URLs over the
 *    pages, datasets and cells at 20 connections; goal ≥ 400 req/s, p99 ≤ 250 ms, no errors,
 *    health p95 ≤ 5 ms.
 * 2. One URL per route, repeated (cached): requests/s and p50/p95/p99 for the overview page
 *    and three API routes (two datasets and a forecast) at 50 connections, with
 *    /api/v1/health as the peer, and the initial JS of the overview page (every script
 *    Chromium loads for it, gzipped with node:zlib). Goals (issue 3): API p95 ≤ 25 ms,
 *    overview SSR median ≤ 50 ms, initial JS ≤ 150 KB gz.
 * Each run lasts BENCH_SECONDS (default 10). BENCH_SCENARIO=mixed runs only the first.
 * Warehouse: SARAPSHY_DB if given; else BENCH_WAREHOUSE=real, the real 2022 forms (1-M and
 * СНГ-1) of ../shared/data with population, courts and published figures
 * (test/server/real-warehouse.ts, the server tests' warehouse); else bench/out/http-demo.duckdb
 * built with `etl build-default`. SARAPSHY_GEOJSON defaults to ../shared/data/geo's boundaries
 * when they are there (the regions map is part of the work). BENCH_CPU_PROF=<dir> starts the
 * server with `node --cpu-prof` into <dir> (bench/cpuprofile-top.ts summarises it);
 * BENCH_SEED picks another mix.
 */
import { chromium } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { runMixed } from './http-mixed';
import { percentile } from './http-mix';
import { realWarehouse } from '../test/server/real-warehouse';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonResult {
	requests: { average: number };
	errors: number;
	non2xx: number;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
	on(
		event: 'response',
		fn: (client: unknown, status: number, bytes: number, ms: number) => void
	): void;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: {
	url: string;
	connections: number;
	duration: number;
}) => AutocannonInstance;

const ROOT = resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = 50;
const MIXED_CONNECTIONS = 20;
const SCENARIO = process.env.BENCH_SCENARIO || 'all';
const SEED = Number(process.env.BENCH_SEED || 14);
const GEOJSON = resolve(ROOT, '../shared/data/geo/kz-regions-osm.geojson');

function freePort(): Promise<number> {
	return new Promise((res) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => res(port));
		});
	});
}

function ensure(): string {
	if (!['all', 'mixed'].includes(SCENARIO))
		throw new Error(`BENCH_SCENARIO=${SCENARIO}: use all (default) or mixed`);
	if (!['demo', 'real', undefined].includes(process.env.BENCH_WAREHOUSE))
		throw new Error(`BENCH_WAREHOUSE=${process.env.BENCH_WAREHOUSE}: use demo (default) or real`);
	const db = process.env.SARAPSHY_DB
		? resolve(process.env.SARAPSHY_DB)
		: process.env.BENCH_WAREHOUSE === 'real'
			? realWarehouse()
			: resolve(ROOT, 'bench/out/http-demo.duckdb');
	if (!existsSync(db) && process.env.SARAPSHY_DB) {
		throw new Error(`SARAPSHY_DB=${process.env.SARAPSHY_DB}: no such warehouse`);
	}
	if (!existsSync(db)) {
		mkdirSync(resolve(db, '..'), { recursive: true });
		console.error(`building the embedded default warehouse at ${db}`);
		const r = spawnSync('npx', ['tsx', 'pipelines/cli.ts', 'build-default'], {
			cwd: ROOT,
			stdio: ['ignore', 'inherit', 'inherit'],
			env: { ...process.env, SARAPSHY_DB: db }
		});
		if (r.status !== 0) throw new Error('etl build-default failed');
	}
	if (!existsSync(resolve(ROOT, 'build/index.js'))) {
		console.error('no build/: running vite build');
		const r = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
		if (r.status !== 0) throw new Error('vite build failed');
	}
	return db;
}

interface Figures {
	name: string;
	rps: number;
	p50: number;
	p95: number;
	p99: number;
	errors: number;
}

async function load(name: string, url: string): Promise<Figures> {
	await fetch(url).then((r) => r.arrayBuffer()); // warm the caches once, as a reader would
	const times: number[] = [];
	const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
	instance.on('response', (_c: unknown, _status: number, _bytes: number, ms: number) =>
		times.push(ms)
	);
	const result = await instance;
	times.sort((a, b) => a - b);
	return {
		name,
		rps: result.requests.average,
		p50: percentile(times, 50),
		p95: percentile(times, 95),
		p99: percentile(times, 99),
		errors: result.errors + result.non2xx
	};
}

/** The JS a browser really loads for the overview page: Chromium records every script. */
async function initialJs(base: string): Promise<{ files: number; raw: number; gz: number }> {
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
	});
	try {
		const page = await browser.newPage();
		const scripts = new Set<string>();
		page.on('request', (r) => r.resourceType() === 'script' && scripts.add(r.url()));
		await page.goto(`${base}/`, { waitUntil: 'networkidle' });
		let raw = 0;
		let gz = 0;
		for (const u of scripts) {
			const buf = Buffer.from(await (await fetch(u)).arrayBuffer());
			raw += buf.length;
			gz += gzipSync(buf, { level: 9 }).length;
		}
		return { files: scripts.size, raw, gz };
	} finally {
		await browser.close();
	}
}

async function main() {
	const db = ensure();
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const geojson = process.env.SARAPSHY_GEOJSON ?? (existsSync(GEOJSON) ? GEOJSON : undefined);
	const prof = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined;
	if (prof) mkdirSync(prof, { recursive: true });
	const server = spawn(
		process.execPath,
		[...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []), 'build/index.js'],
		{
			cwd: ROOT,
			env: {
				...process.env,
				HOST: '127.0.0.1',
				PORT: String(port),
				SARAPSHY_DB: db,
				...(geojson ? { SARAPSHY_GEOJSON: geojson } : {})
			},
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	const exited = new Promise((r) => server.once('exit', r));
	// the server's log, each distinct line once with its count (a chart warning can repeat thousands of times)
	const log = new Map<string, number>();
	let partial = '';
	server.stderr!.on('data', (d: Buffer) => {
		const lines = (partial + d.toString()).split('\n');
		partial = lines.pop()!;
		for (const l of lines) if (l.trim()) log.set(l, (log.get(l) ?? 0) + 1);
	});
	try {
		for (let i = 0; ; i++) {
			if (
				await fetch(`${base}/api/v1/health`).then(
					(r) => r.ok,
					() => false
				)
			)
				break;
			if (i === 300) throw new Error(`the server at ${base} is not healthy after 30 s`);
			await new Promise((r) => setTimeout(r, 100));
		}
		console.log(
			`Sarapshy HTTP bench — warehouse ${db}; regions map ${geojson ? 'on' : 'off (no SARAPSHY_GEOJSON)'}` +
				(prof ? `; server CPU profile into ${prof}` : '')
		);
		await runMixed(base, {
			seconds: SECONDS,
			connections: MIXED_CONNECTIONS,
			seed: SEED,
			serverPid: server.pid
		});
		if (SCENARIO === 'mixed') return;
		const routes: [string, string][] = [
			['overview page /', `${base}/`],
			['API regions-indicator.json', `${base}/api/v1/data/regions-indicator.json?indicator=rate`],
			['API overview-trend.json', `${base}/api/v1/data/overview-trend.json`],
			['API forecast (KZ-11, ch6, h=3)', `${base}/api/v1/forecast?region=KZ-11&series=ch6&h=3`],
			['peer: API health', `${base}/api/v1/health`]
		];
		// A forecast is computed on the first request for its parameters, then cached: time the
		// first (cold) request of a few series that no one asked for yet, and a cached one.
		const cold: number[] = [];
		for (const q of [
			'region=KZ-15&series=crimes',
			'region=KZ-55&series=ch1',
			'series=misdemeanours'
		]) {
			const t0 = performance.now();
			await fetch(`${base}/api/v1/forecast?${q}`).then((r) => r.arrayBuffer());
			cold.push(performance.now() - t0);
		}
		const t1 = performance.now();
		await fetch(`${base}/api/v1/forecast?region=KZ-15&series=crimes`).then((r) => r.arrayBuffer());
		const warm = performance.now() - t1;
		const rows: Figures[] = [];
		for (const [name, url] of routes) rows.push(await load(name, url));
		const js = await initialJs(base);
		console.log(
			`\nOne URL per route (cached) — ${CONNECTIONS} connections, ${SECONDS} s per route`
		);
		console.log('route                          req/s    p50 ms   p95 ms   p99 ms  errors');
		for (const r of rows) {
			console.log(
				`${r.name.padEnd(30)} ${r.rps.toFixed(0).padStart(6)} ${r.p50.toFixed(1).padStart(8)} ${r.p95
					.toFixed(1)
					.padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.errors).padStart(7)}`
			);
		}
		const peer = rows[rows.length - 1];
		for (const r of rows.slice(1, -1)) {
			console.log(`${r.name}: p95 ${(r.p95 / peer.p95).toFixed(2)}× the health endpoint's`);
		}
		console.log(
			`initial JS of /: ${js.files} files, ${(js.raw / 1024).toFixed(1)} KB raw, ${(js.gz / 1024).toFixed(1)} KB gzipped`
		);
		console.log(
			`forecast on first request (3 series): ${cold.map((t) => t.toFixed(0)).join(', ')} ms; the same again (cached): ${warm.toFixed(1)} ms`
		);
		const api95 = Math.max(...rows.slice(1, -1).map((r) => r.p95));
		console.log(
			`goals: API p95 ${api95.toFixed(1)} ms (≤ 25: ${api95 <= 25 ? 'met' : 'NOT met'}); ` +
				`overview median ${rows[0].p50.toFixed(1)} ms (≤ 50: ${rows[0].p50 <= 50 ? 'met' : 'NOT met'}); ` +
				`initial JS ${(js.gz / 1024).toFixed(1)} KB gz (≤ 150: ${js.gz / 1024 <= 150 ? 'met' : 'NOT met'})` +
				' — on a shared 2-core machine these figures are indicative only'
		);
	} finally {
		server.kill('SIGTERM');
		// adapter-node shuts down gracefully; the CPU profile is written as the process exits
		const killer = setTimeout(() => server.kill('SIGKILL'), 15_000);
		await exited;
		clearTimeout(killer);
		if (partial.trim()) log.set(partial, (log.get(partial) ?? 0) + 1);
		const n = [...log.values()].reduce((a, b) => a + b, 0);
		console.log(`\nserver stderr: ${n} lines, ${log.size} distinct`);
		for (const [l, c] of log) console.log(`  ${c > 1 ? `×${c} ` : ''}${l.slice(0, 300)}`);
	}
}

main().catch((e) => {
	console.error(`bench:http: ${e instanceof Error ? e.message : e}`);
	process.exit(1);
});
