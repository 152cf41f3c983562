/**
 * Browser-test harness: starts the BUILT server (node build/index.js) on 127.0.0.1 and a
 * free port against a given warehouse, launches Debian's Chromium through playwright-core,
 * and reads the warehouse read-only for the figures a page must show.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { DuckDBInstance } from '@duckdb/node-api';
import { builtApp } from './artifacts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const OUTPUT = join(REPO_ROOT, 'test/output');
export const SCREENSHOTS = join(OUTPUT, 'screenshots');
export const DEMO_DB = join(OUTPUT, 'e2e-demo.duckdb');
export const REAL_DB = join(OUTPUT, 'e2e-real.duckdb');
export const GEOJSON = resolve(REPO_ROOT, '../shared/data/geo/kz-regions-osm.geojson');

function freePort(): Promise<number> {
	return new Promise((res, rej) => {
		const s = createServer();
		s.unref();
		s.on('error', rej);
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => res(port));
		});
	});
}

export interface RunningServer {
	url: string;
	stop(): Promise<void>;
}

export async function startServer(
	db: string,
	env: Record<string, string> = {}
): Promise<RunningServer> {
	const port = await freePort();
	// A private copy of build/ (see artifacts.ts), so that a concurrent rebuild cannot pull
	// the files from under the running server.
	const child: ChildProcess = spawn(process.execPath, [join(builtApp(), 'index.js')], {
		cwd: REPO_ROOT,
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), SARAPSHY_DB: db, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout!.on('data', (d) => (log += d));
	child.stderr!.on('data', (d) => (log += d));
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 150; i++) {
		try {
			const r = await fetch(`${url}/api/v1/health`);
			if (r.ok) break;
		} catch {
			/* not up yet */
		}
		if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
		await new Promise((r) => setTimeout(r, 100));
	}
	child.once('exit', (code, signal) => {
		if (code !== 0 && signal !== 'SIGTERM')
			console.error(`server on ${url} exited (${code ?? signal}):\n${log}`);
	});
	return {
		url,
		stop: () =>
			new Promise<void>((res) => {
				if (child.exitCode !== null) return res();
				child.once('exit', () => res());
				child.kill('SIGTERM');
			})
	};
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage'
		]
	});
}

/** Read the warehouse read-only (the server has it open read-only too). */
export async function readWarehouse<T = Record<string, unknown>>(
	db: string,
	sql: string,
	params: (string | number | null)[] = []
): Promise<T[]> {
	const inst = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
	const conn = await inst.connect();
	try {
		const r = await conn.runAndReadAll(sql, params);
		return r.getRowObjectsJS() as T[];
	} finally {
		conn.closeSync();
		inst.closeSync();
	}
}

/** The figure as the page writes it in Russian: 5317 → «5 317» (narrow no-break space). */
export function ruNumber(n: number, digits = 0): string {
	return new Intl.NumberFormat('ru-RU', { maximumFractionDigits: digits }).format(n);
}

export const VIEWS = [
	'/',
	'/regions',
	'/regions/KZ-11',
	'/priorities',
	'/offences',
	'/courts',
	'/penitentiary',
	'/forecasts',
	'/data'
];
