/**
 * Browser-test harness: everything an e2e file needs before it can check a page. `dashboard(db)`
 * registers the setup (build and warehouses, see artifacts.ts), starts the BUILT server
 * (node build/index.js) on 127.0.0.1 and a free port against that warehouse, launches Debian's
 * Chromium, and tears both down; its `open` opens a view and collects the page's errors. The
 * warehouse is read read-only for the figures a page must show. Each test file then states
 * only what it checks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { launchChromium } from '../chromium';
import { OUTPUT, REPO_ROOT, builtApp, ensureTestArtifacts } from './artifacts';

export { DEMO_DB, IMPORT_DB, REAL_DB } from './artifacts';
export const SCREENSHOTS = join(OUTPUT, 'screenshots');
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
	/** The server's process (with several SARAPSHY_WORKERS, the primary of its workers). */
	pid: number;
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
		pid: child.pid!,
		stop: () =>
			new Promise<void>((res) => {
				if (child.exitCode !== null) return res();
				child.once('exit', () => res());
				child.kill('SIGTERM');
			})
	};
}

/** A page opened by `Dashboard.open`, with the console errors and uncaught exceptions it had. */
export interface OpenedPage {
	page: Page;
	errors: string[];
}

/** The built app on one warehouse and a browser, live between the file's beforeAll and afterAll. */
export interface Dashboard {
	readonly url: string;
	readonly browser: Browser;
	/** Open a view (path and query below the server); asserts HTTP 200. */
	open(path: string): Promise<OpenedPage>;
	/**
	 * Open every view in VIEWS, run `check` on it, and assert what holds on every view: one
	 * h1 and no page errors. A full-page screenshot goes to test/output/screenshots/<prefix>_*.png.
	 */
	everyView(prefix: string, check: (view: string, page: Page) => Promise<void>): Promise<void>;
}

/**
 * Call at the top of an e2e file: sets up the artifacts, the server on `db` (with the OSM
 * boundaries) and Chromium before the file's tests, and stops them after.
 */
export function dashboard(db: string): Dashboard {
	let server: RunningServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		ensureTestArtifacts();
		server = await startServer(db, { SARAPSHY_GEOJSON: GEOJSON });
		browser = await launchChromium();
	}, 1_200_000);
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});
	const live = <T>(x: T | undefined): T => {
		if (x === undefined) throw new Error('the dashboard is not running: setup failed');
		return x;
	};
	async function open(path: string): Promise<OpenedPage> {
		const page = await live(browser).newPage({
			viewport: { width: 1280, height: 900 },
			acceptDownloads: true
		});
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(String(e)));
		const res = await page.goto(live(server).url + path, { waitUntil: 'networkidle' });
		expect(res?.status(), path).toBe(200);
		return { page, errors };
	}
	return {
		get url() {
			return live(server).url;
		},
		get browser() {
			return live(browser);
		},
		open,
		async everyView(prefix, check) {
			for (const view of VIEWS) {
				const { page, errors } = await open(view);
				expect(await page.locator('h1').count(), view).toBe(1);
				await check(view, page);
				await page.screenshot({
					path: join(SCREENSHOTS, `${prefix}${view.replace(/\//g, '_') || '_'}.png`),
					fullPage: true
				});
				expect(errors, `${view}: ${errors.join('\n')}`).toEqual([]);
				await page.close();
			}
		}
	};
}

/** Click a figure's export control (`data-export="svg|png|csv|xlsx"`) and read the download. */
export async function download(page: Page, figure: Locator, kind: string): Promise<Buffer> {
	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		figure.locator(`[data-export="${kind}"]`).click()
	]);
	return readFileSync((await dl.path())!);
}

/** The text of one cell of a dataset table: the first row containing `rowText`, column `key`. */
export function cell(page: Page, table: string, rowText: string, key: string) {
	return page
		.locator(`#${table} tbody tr`, { hasText: rowText })
		.first()
		.locator(`td[data-key="${key}"]`)
		.textContent();
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

/**
 * Every page of the dashboard, once: the browser tests open each (everyView, a11y, the 390 px
 * and title checks of narrow.ts). A new page is added here.
 */
export const VIEWS = [
	'/',
	'/regions',
	'/regions/KZ-11',
	'/regions/KZ-11/brief',
	'/compare?regions=KZ-11,KZ-71,KZ-75',
	'/priorities',
	'/offences',
	'/courts',
	'/penitentiary',
	'/forecasts',
	'/people',
	'/methodology',
	'/data',
	'/data/imports'
];
