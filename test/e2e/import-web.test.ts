/**
 * Issue 15: the browser import. The BUILT server (real HTTP on 127.0.0.1) on a warehouse made
 * by `etl import` of one real 2022 СНГ-1 workbook, with accounts made by `npm run users`;
 * Debian's Chromium signs in and uploads another real 2022 СНГ-1 workbook; plain HTTP checks the
 * refusals (no session, no CSRF token, another origin, a viewer), the throttle and `users
 * disable`. Without accounts, the write surface does not exist (404).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { etl, FORM_SNG1_2022, requireData, ROOT } from '../pipelines/cli/helpers';
import { launchChromium } from '../chromium';
import { ensureTestArtifacts } from './artifacts';
import { readWarehouse, SCREENSHOTS, startServer, type RunningServer } from './harness';

// Two real workbooks of ../shared/data/qamqor/form-sng1/2022: one imported from the command
// line before the server starts, one uploaded through the browser.
const CLI_FILE = resolve(FORM_SNG1_2022, 'Akmola region.XLSX');
const WEB_FILE = resolve(FORM_SNG1_2022, 'Abay region.XLSX');
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

let dir: string;
let db: string;
let admin: string;
let server: RunningServer;
let browser: Browser;

function users(args: string[], input = '') {
	execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/lib/private/users-cli.ts', ...args], {
		cwd: ROOT,
		input,
		env: { ...process.env, SARAPSHY_DB: db, SARAPSHY_ADMIN_DIR: admin },
		stdio: ['pipe', 'pipe', 'pipe']
	});
}

async function generation(): Promise<number> {
	const r = await fetch(`${server.url}/api/v1/health`);
	return ((await r.json()) as { generation: number }).generation;
}

/** Sign in over plain HTTP: the login form's token and cookie, then the form post. */
async function login(name: string, password: string, origin = server.url) {
	const page = await fetch(`${server.url}/login`);
	expect(page.status).toBe(200);
	const pre = /sarapshy_login_csrf=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')![1];
	const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1];
	const res = await fetch(`${server.url}/login?/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, cookie: `sarapshy_login_csrf=${pre}`, accept: 'text/html' },
		body: new URLSearchParams({ name, password, csrf, next: '/data/import' })
	});
	const session = /sarapshy_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
	return {
		res,
		cookie: session ? `sarapshy_session=${session}` : '',
		setCookie: res.headers.get('set-cookie') ?? ''
	};
}

/** The CSRF token of a signed-in user, as the import page gives it. */
async function csrfOf(cookie: string): Promise<string> {
	const r = await fetch(`${server.url}/data/import`, { headers: { cookie } });
	expect(r.status).toBe(200);
	return /name="csrf" value="([^"]+)"/.exec(await r.text())![1];
}

function upload(file: string, headers: Record<string, string>, qs = 'period=2022') {
	const name = encodeURIComponent(file.split('/').pop()!);
	return fetch(`${server.url}/data/import/upload?name=${name}&${qs}`, {
		method: 'POST',
		headers: { 'content-type': 'application/octet-stream', ...headers },
		body: readFileSync(file)
	});
}

beforeAll(async () => {
	for (const p of [CLI_FILE, WEB_FILE]) requireData(p);
	ensureTestArtifacts();
	dir = mkdtempSync(join(tmpdir(), 'sarapshy-webimport-'));
	db = join(dir, 'w.duckdb');
	admin = join(dir, 'admin');
	const r = etl(db, ['import', CLI_FILE, '--period', '2022'], { SARAPSHY_ADMIN_DIR: admin });
	expect(r.status, r.stderr).toBe(0);
	users(['add', 'aigerim', '--role', 'analyst'], 'aigerim password 1\n');
	users(['add', 'bolat', '--role', 'analyst'], 'bolat password 12\n');
	users(['add', 'viewer1', '--role', 'viewer'], 'viewer password 1\n');
	// The tests block for seconds in `etl` and `users` (spawned synchronously) between requests;
	// fetch's pooled connection would then meet the server's 5 s keep-alive closing it (a client
	// race, not what is tested here).
	server = await startServer(db, { SARAPSHY_ADMIN_DIR: admin, KEEP_ALIVE_TIMEOUT: '300' });
	browser = await launchChromium();
}, 1_200_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('without accounts', () => {
	it('has no login, no import page and no upload: 404', async () => {
		const other = await startServer(db, { SARAPSHY_ADMIN_DIR: join(dir, 'empty-admin') });
		try {
			for (const path of ['/login', '/data/import']) {
				expect((await fetch(other.url + path)).status, path).toBe(404);
			}
			const res = await fetch(`${other.url}/data/import/upload?name=x.xlsx`, {
				method: 'POST',
				headers: { origin: other.url, 'content-type': 'application/octet-stream' },
				body: 'x'
			});
			expect(res.status).toBe(404);
			// the public history is there (read-only), naming no one
			expect((await fetch(`${other.url}/data/imports`)).status).toBe(200);
		} finally {
			await other.stop();
		}
	}, 120_000);
});

describe('refusals', () => {
	it('sends /data/import to the login page when not signed in', async () => {
		const r = await fetch(`${server.url}/data/import`, { redirect: 'manual' });
		expect(r.status).toBe(303);
		expect(r.headers.get('location')).toBe('/login?next=/data/import');
	});

	it('refuses an upload without a session, without the CSRF token, or from another origin', async () => {
		const before = await generation();
		expect((await upload(WEB_FILE, { origin: server.url })).status).toBe(401);
		const { cookie, setCookie } = await login('bolat', 'bolat password 12');
		// the session cookie: httpOnly, SameSite=Strict (not Secure: this test speaks plain http)
		expect(setCookie).toMatch(/sarapshy_session=[^;]+;.*HttpOnly/i);
		expect(setCookie).toMatch(/SameSite=Strict/i);
		const csrf = await csrfOf(cookie);
		const noToken = await upload(WEB_FILE, { origin: server.url, cookie });
		expect(noToken.status).toBe(403);
		expect(((await noToken.json()) as { error: { message: string } }).error.message).toMatch(
			/CSRF/
		);
		const wrongToken = await upload(WEB_FILE, {
			origin: server.url,
			cookie,
			'x-csrf-token': 'x' + csrf.slice(1)
		});
		expect(wrongToken.status).toBe(403);
		const elsewhere = await upload(WEB_FILE, {
			origin: 'https://evil.example',
			cookie,
			'x-csrf-token': csrf
		});
		expect(elsewhere.status).toBe(403);
		// a login form posted from another site is refused before it is read
		expect((await login('bolat', 'bolat password 12', 'https://evil.example')).res.status).toBe(
			403
		);
		expect(await generation()).toBe(before);
	});

	it('lets a viewer sign in but not import', async () => {
		const { res, cookie } = await login('viewer1', 'viewer password 1');
		expect(res.status).toBe(303);
		const page = await fetch(`${server.url}/data/import`, { headers: { cookie } });
		expect(await page.text()).toContain('data-cannot-import');
		const csrf = await csrfOf(cookie);
		const r = await upload(WEB_FILE, { origin: server.url, cookie, 'x-csrf-token': csrf });
		expect(r.status).toBe(403);
	});

	it('refuses a bad file with the command line’s own message and publishes nothing', async () => {
		const bad = join(dir, 'notes.csv');
		writeFileSync(bad, 'these are not official figures\n1,2,3\n');
		const cli = etl(join(dir, 'scratch.duckdb'), ['import', bad, '--json'], {
			SARAPSHY_ADMIN_DIR: join(dir, 'scratch-admin')
		});
		const cliMessage = JSON.parse(cli.stdout).files[0].error as string;
		expect(cliMessage).toMatch(/^notes\.csv: /);
		const before = await generation();
		const { cookie } = await login('bolat', 'bolat password 12');
		const csrf = await csrfOf(cookie);
		const r = await upload(bad, { origin: server.url, cookie, 'x-csrf-token': csrf });
		expect(r.status).toBe(200);
		const body = (await r.json()) as { file: { status: string; error: string }; generation: null };
		expect(body.file.status).toBe('refused');
		expect(body.file.error).toBe(cliMessage);
		expect(body.generation).toBeNull();
		await new Promise((res) => setTimeout(res, 700)); // past the server's 500 ms check
		expect(await generation()).toBe(before);
		const rows = await readWarehouse(
			db,
			`SELECT count(*)::INT AS n FROM source_file WHERE original_name = 'notes.csv'`
		);
		expect(rows[0].n).toBe(0);
	});

	it('signs out: the session ends on the server, not only in the browser', async () => {
		const { cookie } = await login('viewer1', 'viewer password 1');
		const csrf = await csrfOf(cookie);
		const out = await fetch(`${server.url}/login?/logout`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: server.url, cookie, accept: 'text/html' },
			body: new URLSearchParams({ csrf })
		});
		expect(out.status).toBe(303);
		expect(out.headers.get('set-cookie')).toMatch(/sarapshy_session=;/);
		// the old cookie, replayed, no longer opens the import page
		const again = await fetch(`${server.url}/data/import`, {
			headers: { cookie },
			redirect: 'manual'
		});
		expect(again.status).toBe(303);
	});

	it('ends a live session when the account is disabled', async () => {
		const { cookie } = await login('bolat', 'bolat password 12');
		expect(
			(await fetch(`${server.url}/data/import`, { headers: { cookie }, redirect: 'manual' })).status
		).toBe(200);
		users(['disable', 'bolat']);
		const after = await fetch(`${server.url}/data/import`, {
			headers: { cookie },
			redirect: 'manual'
		});
		expect(after.status).toBe(303);
		expect(after.headers.get('location')).toMatch(/^\/login/);
	});
});

describe('an analyst in the browser', () => {
	it('uploads a real 2022 workbook, sees its findings, and the site shows it within seconds', async () => {
		const before = await generation();
		const page = await browser.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.goto(`${server.url}/data/import`);
		expect(new URL(page.url()).pathname).toBe('/login'); // redirected
		await page.fill('input[name=name]', 'aigerim');
		await page.fill('input[name=password]', 'aigerim password 1');
		await page.click('button[type=submit]');
		await page.waitForURL(/\/data\/import$/);
		await page.setInputFiles('input[name=files]', WEB_FILE);
		await page.fill('input[name=period]', '2022');
		await page.click('form.upload button[type=submit]');
		const item = page.locator('li[data-file="Abay region.XLSX"][data-phase=done]');
		await item.waitFor({ timeout: 120_000 });
		expect(await item.getAttribute('data-status')).toBe('imported');
		// The workbook's title names СНГ-1 and Abay region (KZ-10); the findings link goes to
		// /data filtered to its region and period.
		expect(await item.textContent()).toMatch(/\(СНГ-1\s+KZ-10\s+2022\)/);
		const link = item.locator('a[data-findings]');
		expect(await link.getAttribute('href')).toBe('/data?region=KZ-10&period=2022#data-findings');
		const findings = Number(await link.getAttribute('data-findings'));
		await page.screenshot({ path: join(SCREENSHOTS, 'import-web_upload.png'), fullPage: true });
		// within 10 s the server serves the new generation, holding the file by its hash
		const t0 = Date.now();
		while ((await generation()) === before && Date.now() - t0 < 10_000)
			await new Promise((r) => setTimeout(r, 250));
		expect(await generation()).toBe(before + 1);
		const data = await (await fetch(`${server.url}/api/v1/data/data-sources.json`)).json();
		const row = (data as { rows: { sha256: string; name: string }[] }).rows.find(
			(r) => r.sha256 === sha(WEB_FILE)
		);
		expect(row?.name).toBe('Abay region.XLSX');
		// the findings the page shows are the warehouse's findings of that scope
		const stored = await readWarehouse<{ n: number }>(
			db,
			`SELECT count(*)::INT AS n FROM finding WHERE form = 'СНГ-1' AND region_code = 'KZ-10' AND period = '2022'`
		);
		expect(stored[0].n).toBe(findings);
		expect(errors).toEqual([]);
		await page.close();
	}, 300_000);
});

describe('a refusal in the page’s language', () => {
	it('says a bad file’s refusal in Russian on a ru page, from its code, and in the history too', async () => {
		const page = await browser.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.goto(`${server.url}/login?lang=ru`);
		await page.fill('input[name=name]', 'aigerim');
		await page.fill('input[name=password]', 'aigerim password 1');
		await page.click('button[type=submit]');
		await page.waitForURL(/\/data\/import$/);
		// A court-outcomes CSV whose header does not end with `year` (courts/read.ts).
		const bad = join(dir, 'courts-broken.csv');
		writeFileSync(bad, 'type_of_punish,amnt_osuzhden\nrape,1\n');
		await page.setInputFiles('input[name=files]', bad);
		await page.click('form.upload button[type=submit]');
		const item = page.locator('li[data-file="courts-broken.csv"][data-phase=done]');
		await item.waitFor({ timeout: 120_000 });
		expect(await item.getAttribute('data-status')).toBe('refused');
		const message = item.locator('[data-message]');
		expect(await message.getAttribute('data-code')).toBe('courtsHeader');
		expect(await message.getAttribute('lang')).toBeNull(); // the page's own language
		expect(await message.textContent()).toBe(
			'courts-broken.csv: заголовок должен начинаться с type_of_punish и кончаться на year; это не файл итогов судов'
		);
		await page.screenshot({ path: join(SCREENSHOTS, 'import-web_refusal-ru.png'), fullPage: true });
		// The audit keeps the English sentence with the code and parameters beside it.
		const lines = readFileSync(join(admin, 'imports.jsonl'), 'utf8').trim().split('\n');
		const rec = JSON.parse(lines.find((l) => l.includes('courts-broken.csv'))!);
		expect(rec.message).toBe(
			'courts-broken.csv: expected the header to start with type_of_punish and end with year; this is not the court-outcomes file (cell line 1)'
		);
		expect(rec.code).toBe('courtsHeader');
		expect(rec.params).toEqual({ file: 'courts-broken.csv', key: 'type_of_punish' });
		// An audit line written before refusals had codes: shown as stored, marked English.
		const old = { ...rec, file: 'old.csv', message: 'old.csv: an old English refusal' };
		delete old.code;
		delete old.params;
		appendFileSync(join(admin, 'imports.jsonl'), JSON.stringify(old) + '\n');
		await page.goto(`${server.url}/data/imports?result=refused&lang=ru`);
		const ru = page.locator('td', { hasText: 'заголовок должен начинаться с type_of_punish' });
		expect(await ru.count()).toBe(1);
		const en = page.locator('td[lang=en]', { hasText: 'old.csv: an old English refusal' });
		expect(await en.count()).toBe(1);
		expect(errors).toEqual([]);
		await page.close();
	}, 300_000);
});

describe('a workbook that needs --replace', () => {
	it('is kept for a confirmation, known by its code (not by its English words)', async () => {
		// The browser's Abay workbook, zipped again: other bytes (another SHA-256), the same cells.
		const copy = join(dir, 'Abay again.XLSX');
		writeFileSync(copy, zipSync(unzipSync(new Uint8Array(readFileSync(WEB_FILE))), { level: 1 }));
		const { cookie } = await login('aigerim', 'aigerim password 1');
		const csrf = await csrfOf(cookie);
		const r = await upload(copy, { origin: server.url, cookie, 'x-csrf-token': csrf });
		expect(r.status).toBe(200);
		const body = (await r.json()) as {
			file: { status: string; error: string; refusal: { code: string; params: { count: number } } };
			upload: string | null;
		};
		expect(body.file.status).toBe('refused');
		expect(body.file.refusal.code).toBe('needsReplace');
		expect(body.file.refusal.params.count).toBe(0); // no cell differs, only the file
		expect(body.file.error).toMatch(/differs from it as a file .* --replace/);
		expect(body.upload).toMatch(/^[0-9a-f]{32}$/); // kept: the page offers to replace
	}, 300_000);
});

describe('the import history', () => {
	it('lists the command line’s and the site’s imports with their hashes, naming no one', async () => {
		const html = await (await fetch(`${server.url}/data/imports?result=imported`)).text();
		expect(html).toContain(sha(CLI_FILE));
		expect(html).toContain(sha(WEB_FILE));
		expect(html).not.toContain('notes.csv'); // refused: filtered out
		for (const name of ['aigerim', 'bolat']) expect(html).not.toContain(name);
		const csv = await (await fetch(`${server.url}/api/v1/data/data-imports.csv?lang=en`)).text();
		const line = (s: string) => csv.split('\n').find((l) => l.includes(s)) ?? '';
		expect(line(sha(CLI_FILE))).toContain('command line');
		expect(line(sha(WEB_FILE))).toContain(',site,');
		expect(line('notes.csv')).toContain('refused');
		const web = await (await fetch(`${server.url}/data/imports?channel=web&lang=en`)).text();
		expect(web).toContain(sha(WEB_FILE));
		expect(web).not.toContain(sha(CLI_FILE));
		// The region by name on the page (Abay region.XLSX names KZ-10 in its title), the code in
		// the download; every header in the page language.
		expect(line(sha(WEB_FILE))).toContain(',KZ-10,');
		const page = await browser.newPage();
		await page.goto(`${server.url}/data/imports?channel=web&lang=kk`);
		const row = page.locator('#data-imports tbody tr', { hasText: sha(WEB_FILE) });
		expect((await row.locator('td[data-key="region"]').textContent())!.trim()).toBe('Абай облысы');
		const headers = await page.locator('#data-imports thead th').allTextContents();
		expect(headers.map((h) => h.trim())).toContain('Қойма буыны');
		expect(headers.join(' ')).not.toMatch(/generation/i);
		await page.close();
	});
});

describe('login throttling', () => {
	it('locks the login after five wrong passwords, the right one included', async () => {
		for (let i = 1; i <= 4; i++)
			expect((await login('aigerim', `wrong ${i}`)).res.status).toBe(401);
		expect((await login('aigerim', 'wrong 5')).res.status).toBe(429);
		const right = await login('aigerim', 'aigerim password 1');
		expect(right.res.status).toBe(429);
		expect(right.cookie).toBe('');
	});
});
