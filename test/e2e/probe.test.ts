/**
 * The HTTP findings of the security probe (issue 14), over real HTTP against the built app
 * (node build/index.js) on the embedded default warehouse, and on two servers whose warehouse
 * is missing or not a DuckDB file: formula injection in the CSV/XLSX exports, JSON errors for
 * every API status, a clear 503 when the warehouse is unavailable, no absolute path in any
 * body, security headers on static files too, repeated and tracking parameters.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createServer } from 'node:net';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DB, dashboard } from './harness';
import { OUTPUT, REPO_ROOT, builtApp } from './artifacts';
import { parseCsvRows, startsFormula } from '../server/spreadsheet-formula';

const app = dashboard(DEMO_DB);

/** The probe's URL: a form value that closes the `# ` line's cell and starts a DDE formula. */
const INJECTION = `/api/v1/cells.csv?form=${encodeURIComponent(",=cmd|'/C calc'!A0")}&period=2022`;

/** Absolute locations that must never appear in a body. */
const FORBIDDEN = [REPO_ROOT, OUTPUT, DEMO_DB];
function expectNoPath(body: string, what: string) {
	for (const p of FORBIDDEN) expect(body.includes(p), `${what} names ${p}`).toBe(false);
}

describe('formula injection', () => {
	it('the probe URL yields no cell that starts a formula, split on , or ;', async () => {
		const res = await fetch(app.url + INJECTION);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toContain('text/csv');
		const csv = await res.text();
		for (const sep of [',', ';'] as const) {
			const cells = parseCsvRows(csv, sep).flat();
			expect(cells.length).toBeGreaterThan(2);
			expect(cells.filter(startsFormula), sep).toEqual([]);
		}
		// the title line is one cell that starts with #, the payload inside it
		const [title] = parseCsvRows(csv, ',');
		expect(title).toEqual([`# ,=cmd|'/C calc'!A0 2022`]);
	});
	it('so does a real cells export, and the XLSX of the probe URL', async () => {
		// Section R1 of Form 1-M for Akmola (KZ-11): demo rows with labels and article texts.
		const csv = await (
			await fetch(`${app.url}/api/v1/cells.csv?form=1-M&period=2022&region=KZ-11&section=R1`)
		).text();
		for (const sep of [',', ';'] as const) {
			const rows = parseCsvRows(csv, sep);
			expect(rows.length).toBeGreaterThan(10);
			expect(rows.flat().filter(startsFormula), sep).toEqual([]);
		}
		const xlsx = await fetch(app.url + INJECTION.replace('cells.csv', 'cells.xlsx'));
		expect(xlsx.status).toBe(200);
		const sheet = strFromU8(
			unzipSync(new Uint8Array(await xlsx.arrayBuffer()))['xl/worksheets/sheet1.xml']
		);
		expect(sheet).not.toContain('<f>');
		const texts = [...sheet.matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) =>
			m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')
		);
		expect(texts.some((t) => t.includes('cmd|'))).toBe(true);
		expect(texts.filter((t) => t.split(';').some(startsFormula))).toEqual([]);
	});
});

describe('API errors are JSON', () => {
	const PATHS = [
		'/api/v1/data/overview-kpis.json',
		'/api/v1/cells.json',
		'/api/v1/datasets',
		'/api/v1/health',
		'/api/v1/forecast',
		'/api/v1/nope',
		'/api'
	];
	it.each(['POST', 'PUT', 'DELETE', 'PATCH'])(
		'%s on every API path, with any body and origin: JSON 405 with Allow',
		async (method) => {
			// no body; a JSON body; a form body from another site (what curl -d and a forged
			// form send, which SvelteKit's own check used to answer in plain text)
			const variants: RequestInit[] = [
				{},
				{ body: '{}', headers: { 'content-type': 'application/json' } },
				{
					body: 'a=1',
					headers: {
						'content-type': 'application/x-www-form-urlencoded',
						origin: 'http://evil.example'
					}
				}
			];
			for (const path of PATHS) {
				for (const init of variants) {
					const what = `${method} ${path} ${JSON.stringify(init.headers ?? {})}`;
					const res = await fetch(app.url + path, { method, ...init });
					expect(res.status, what).toBe(405);
					expect(res.headers.get('content-type'), what).toContain('application/json');
					expect(res.headers.get('allow'), what).toMatch(/GET/);
					const body = await res.json();
					expect(body.error.status).toBe(405);
					expect(body.error.message, what).toMatch(/only reads the warehouse/);
				}
			}
		}
	);
	it('a cross-site form POST to a page is still refused (403)', async () => {
		const res = await fetch(`${app.url}/regions`, {
			method: 'POST',
			body: 'a=1',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: 'http://evil.example'
			}
		});
		expect(res.status).toBe(403);
		expect(await res.text()).toBe('Cross-site POST form submissions are forbidden');
		// a request that is not a form reaches SvelteKit: no page takes a POST
		const own = await fetch(`${app.url}/regions`, {
			method: 'POST',
			body: '{}',
			headers: { 'content-type': 'application/json' }
		});
		expect(own.status).toBe(405);
	});
	it.each([
		['/api/v1/data/%ff%fe.json', 400, /malformed URL/],
		['/api/v1/%C0%AF', 400, /malformed URL/],
		['/api/v1/nope', 404, /no API route/],
		['/api/v1/data/nope.json', 404, /unknown dataset/],
		['/api/v1/data/overview-kpis.doc', 400, /unknown format/],
		['/api/v1/data/overview-kpis.json?drop=table', 400, /unknown parameter/]
	])('GET %s: JSON %i', async (path, status, message) => {
		const res = await fetch(app.url + path);
		expect(res.status).toBe(status);
		expect(res.headers.get('content-type')).toContain('application/json');
		const body = await res.json();
		expect(body.error).toMatchObject({ status });
		expect(body.error.message).toMatch(message);
	});
});

describe('no absolute path in a response', () => {
	it('health names the warehouse by its file name only', async () => {
		const res = await fetch(`${app.url}/api/v1/health`);
		const text = await res.text();
		expect(JSON.parse(text).warehouse).toBe(basename(DEMO_DB));
		expectNoPath(text, 'health');
	});
});

describe('security headers', () => {
	const expectHeaders = (res: Response, what: string) => {
		expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
		expect(res.headers.get('x-frame-options'), what).toBe('DENY');
		expect(res.headers.get('referrer-policy'), what).toBe('same-origin');
		expect(res.headers.get('permissions-policy'), what).toMatch(/camera=\(\)/);
		expect(res.headers.get('content-security-policy'), what).toMatch(/frame-ancestors 'none'/);
	};
	it('are on static files (served before the hooks), pages and the API', async () => {
		const page = await fetch(`${app.url}/regions`);
		expectHeaders(page, '/regions');
		const html = await page.text();
		// the page's stylesheet and its first module: files adapter-node serves with sirv
		const assets = [...html.matchAll(/(?:href|src)="(?:\.\.?\/)*(_app\/immutable\/[^"]+)"/g)].map(
			(m) => m[1]
		);
		expect(assets.length).toBeGreaterThan(0);
		for (const path of ['/favicon.svg', `/${assets[0]}`, '/_app/version.json']) {
			const res = await fetch(app.url + path);
			expect(res.status, path).toBe(200);
			expectHeaders(res, path);
		}
		expectHeaders(await fetch(`${app.url}/api/v1/datasets`), '/api/v1/datasets');
		expectHeaders(await fetch(`${app.url}/api/v1/nope`), '/api/v1/nope');
		// a page keeps SvelteKit's own CSP (hashes of its bootstrap), not the fallback
		expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
	});
});

describe('a page revalidated by the browser', () => {
	it('keeps its own CSP: the 304 brings no other one (a browser stores a 304 header)', async () => {
		const page = await fetch(`${app.url}/priorities`);
		const etag = page.headers.get('etag');
		expect(etag).toBeTruthy();
		const again = await fetch(`${app.url}/priorities`, { headers: { 'if-none-match': etag! } });
		expect(again.status).toBe(304);
		const csp = again.headers.get('content-security-policy');
		expect(csp === null || csp === page.headers.get('content-security-policy'), String(csp)).toBe(
			true
		);
	});
	it('loads its scripts and styles on a second visit in Chromium', async () => {
		const { page, errors } = await app.open('/offences');
		await page.goto(`${app.url}/offences`, { waitUntil: 'networkidle' });
		expect(errors).toEqual([]);
		// app.css applied: the skip link waits off-screen (left: -999px) until focused
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip')!).left)).toBe(
			'-999px'
		);
		await page.close();
	});
});

describe('shared links', () => {
	it('a repeated parameter is a 400 naming it, on pages and in the API', async () => {
		const page = await fetch(`${app.url}/regions?region=KZ-71&region=KZ-75`);
		expect(page.status).toBe(400);
		expect(await page.text()).toContain('parameter region is given 2 times (KZ-71, KZ-75)');
		for (const path of [
			'/api/v1/data/overview-kpis.json?region=KZ-71&region=KZ-75',
			'/api/v1/cells.json?form=1-M&period=2022&region=KZ-71&region=KZ-75',
			'/api/v1/forecast?region=KZ-71&region=KZ-75'
		]) {
			const res = await fetch(app.url + path);
			expect(res.status, path).toBe(400);
			expect((await res.json()).error.message, path).toMatch(/parameter region is given 2 times/);
		}
	});
	it('tracking parameters are ignored', async () => {
		const tracking =
			'utm_source=telegram&utm_medium=social&fbclid=IwAR0x&gclid=Cj0K&yclid=42&_ga=2.1.2';
		for (const path of [
			'/regions',
			'/regions/KZ-11',
			'/api/v1/data/overview-kpis.json',
			'/api/v1/forecast'
		]) {
			const clean = await fetch(app.url + path);
			const res = await fetch(`${app.url}${path}?${tracking}`);
			expect(res.status, path).toBe(200);
			expect(clean.status, path).toBe(200);
		}
		const cells = await fetch(
			`${app.url}/api/v1/cells.json?form=1-M&period=2022&region=KZ-11&section=R1&${tracking}`
		);
		expect(cells.status).toBe(200);
	});
});

/** A server of the built app on a warehouse that cannot be opened. */
async function startUnavailable(db: string): Promise<{ url: string; child: ChildProcess }> {
	const port = await new Promise<number>((res, rej) => {
		const s = createServer();
		s.on('error', rej);
		s.listen(0, '127.0.0.1', () => {
			const p = (s.address() as { port: number }).port;
			s.close(() => res(p));
		});
	});
	const child = spawn(process.execPath, [join(builtApp(), 'index.js')], {
		cwd: REPO_ROOT,
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), SARAPSHY_DB: db },
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(`${url}/favicon.svg`);
			return { url, child };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	child.kill('SIGTERM');
	throw new Error(`the server on ${db} did not start`);
}

describe.each([
	[
		'not a DuckDB file',
		'probe-not-duckdb.duckdb',
		/The warehouse probe-not-duckdb\.duckdb cannot be read \(IO Error: .*not a valid DuckDB database file/
	],
	// SARAPSHY_DB names a file that is not there (issue 13.1): the variable, the file, the fix.
	[
		'missing',
		'probe-missing.duckdb',
		/SARAPSHY_DB names probe-missing\.duckdb, which does not exist/
	]
])('warehouse %s', (_what, name, why) => {
	const db = join(OUTPUT, name);
	let server: { url: string; child: ChildProcess } | undefined;
	beforeAll(async () => {
		// (the dashboard's setup has run: builtApp() is there)
		if (name === 'probe-not-duckdb.duckdb')
			writeFileSync(db, 'this is not a warehouse\n'.repeat(200));
		server = await startUnavailable(db);
	});
	afterAll(() => {
		server?.child.kill('SIGTERM');
	});
	it('a page is a 503 page saying what to do, without the path', async () => {
		const res = await fetch(`${server!.url}/regions`);
		expect(res.status).toBe(503);
		expect(res.headers.get('content-type')).toContain('text/html');
		const html = await res.text();
		expect(html).toMatch(/<h1>Данные временно недоступны<\/h1>/);
		expect(html).toContain(name); // by its base name: "The warehouse X" or "SARAPSHY_DB names X"
		expect(html).toMatch(why);
		expect(html).toContain('npm run etl -- build-default');
		expectNoPath(html, '503 page');
		expect(html.includes(db)).toBe(false);
	});
	it('the API and health answer JSON 503, without the path', async () => {
		for (const path of [
			'/api/v1/data/overview-kpis.json',
			'/api/v1/cells.csv?form=1-M&period=2022',
			'/api/v1/health'
		]) {
			const res = await fetch(server!.url + path);
			expect(res.status, path).toBe(503);
			expect(res.headers.get('content-type'), path).toContain('application/json');
			const text = await res.text();
			expect(JSON.parse(text).error).toMatchObject({ status: 503 });
			expect(JSON.parse(text).error.message, path).toMatch(why);
			expectNoPath(text, path);
			expect(text.includes(db)).toBe(false);
		}
	});
});
