/**
 * Accounts, sessions and login throttling, kept in the private directory (dir.ts) as three
 * small JSON files: `accounts.json` (name, role, scrypt hash, disabled), `sessions.json` (the
 * SHA-256 of each session id — never the id itself —, its account, CSRF token and expiry) and
 * `throttle.json` (recent wrong passwords per account and per address). No secret is in the
 * repository or the warehouse. The server reads them again on every authenticated request, so
 * `npm run users -- disable` ends a live session at once.
 */
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { readJson, withPrivateLock, writeJson } from './dir';

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** Roles that may import (an admin is an analyst too). */
export const IMPORT_ROLES: readonly Role[] = ['analyst', 'admin'];

export interface Account {
	name: string;
	role: Role;
	/** `scrypt$N$r$p$salt$key`, base64 parts. */
	password: string;
	disabled: boolean;
	createdAt: string;
	passwordChangedAt: string;
}

export interface Session {
	/** SHA-256 (hex) of the session id in the cookie. */
	idHash: string;
	account: string;
	csrf: string;
	createdAt: string;
	expiresAt: string;
}

/** Account names: letters, digits, dot, dash, underscore; what a login form and a log line show safely. */
export const NAME_RE = /^[\p{L}\p{N}._-]{2,64}$/u;
export const MIN_PASSWORD = 10;
/** A session lasts a working day; then the user signs in again. */
export const SESSION_MS = 12 * 3600_000;
/** Five wrong passwords within the window lock the account (and the address) for LOCK_MS. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

const ACCOUNTS = 'accounts.json';
const SESSIONS = 'sessions.json';
const THROTTLE = 'throttle.json';

// scrypt cost: N=2^15, r=8 (32 MB, ~0.1 s on this machine); maxmem must allow 128·N·r.
const N = 1 << 15;
const R = 8;
const P = 1;
const MAXMEM = 64 * 1024 * 1024;

export function hashPassword(password: string): string {
	const salt = randomBytes(16);
	const key = scryptSync(password.normalize('NFC'), salt, 32, { N, r: R, p: P, maxmem: MAXMEM });
	return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
	const [kind, n, r, p, salt, key] = stored.split('$');
	if (kind !== 'scrypt' || !salt || !key) return false;
	const want = Buffer.from(key, 'base64');
	const got = scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64'), want.length, {
		N: Number(n),
		r: Number(r),
		p: Number(p),
		maxmem: MAXMEM
	});
	return timingSafeEqual(got, want);
}

/** A password computed against when the account does not exist: the answer takes as long. */
const DUMMY = hashPassword(randomBytes(12).toString('base64'));

export const listAccounts = (): Account[] =>
	readJson<{ accounts: Account[] }>(ACCOUNTS, { accounts: [] }).accounts;

/** Whether any account can sign in: without one there is no login and no write surface. */
export const accountsConfigured = (): boolean => listAccounts().some((a) => !a.disabled);

export function findAccount(name: string): Account | undefined {
	return listAccounts().find((a) => a.name === name);
}

function saveAccounts(accounts: Account[]): void {
	writeJson(ACCOUNTS, { accounts });
}

export function checkPassword(password: string): string | null {
	if (password.length < MIN_PASSWORD)
		return `the password has ${password.length} characters; use at least ${MIN_PASSWORD}`;
	return null;
}

export function addAccount(name: string, role: Role, password: string): Account {
	if (!NAME_RE.test(name))
		throw new Error(
			`«${name}» is not a usable account name: 2–64 letters, digits, dot, dash or underscore`
		);
	const weak = checkPassword(password);
	if (weak) throw new Error(weak);
	const hash = hashPassword(password);
	return withPrivateLock(() => {
		const accounts = listAccounts();
		if (accounts.some((a) => a.name === name))
			throw new Error(`an account «${name}» already exists; change its password with passwd`);
		const now = new Date().toISOString();
		const account: Account = {
			name,
			role,
			password: hash,
			disabled: false,
			createdAt: now,
			passwordChangedAt: now
		};
		saveAccounts([...accounts, account]);
		return account;
	});
}

function changeAccount(name: string, change: (a: Account) => void): void {
	withPrivateLock(() => {
		const accounts = listAccounts();
		const a = accounts.find((x) => x.name === name);
		if (!a) throw new Error(`no account «${name}»; see \`npm run users -- list\``);
		change(a);
		saveAccounts(accounts);
		// A disabled account or a changed password ends every session of that account.
		writeJson(SESSIONS, { sessions: listSessions().filter((s) => s.account !== name) });
	});
}

export function setPassword(name: string, password: string): void {
	const weak = checkPassword(password);
	if (weak) throw new Error(weak);
	const hash = hashPassword(password);
	changeAccount(name, (a) => {
		a.password = hash;
		a.passwordChangedAt = new Date().toISOString();
	});
}

export function setDisabled(name: string, disabled: boolean): void {
	changeAccount(name, (a) => {
		a.disabled = disabled;
	});
}

// ── sessions ────────────────────────────────────────────────────────────────────────────────

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const listSessions = (): Session[] =>
	readJson<{ sessions: Session[] }>(SESSIONS, { sessions: [] }).sessions;

/** A new session for `account` (its id is returned once, for the cookie); `replacing` ends. */
export function createSession(
	account: string,
	replacing?: string
): { id: string; session: Session } {
	const id = randomBytes(32).toString('base64url');
	const now = Date.now();
	const session: Session = {
		idHash: sha256(id),
		account,
		csrf: randomBytes(24).toString('base64url'),
		createdAt: new Date(now).toISOString(),
		expiresAt: new Date(now + SESSION_MS).toISOString()
	};
	withPrivateLock(() => {
		const old = replacing ? sha256(replacing) : null;
		const kept = listSessions().filter((s) => s.idHash !== old && Date.parse(s.expiresAt) > now);
		writeJson(SESSIONS, { sessions: [...kept, session] });
	});
	return { id, session };
}

export interface SignedIn {
	account: string;
	role: Role;
	csrf: string;
}

/**
 * The account behind a session id, read from disk now: an expired session, a disabled or
 * removed account, or a session ended by `users disable|passwd` gives null.
 */
export function sessionAccount(id: string | undefined): SignedIn | null {
	if (!id || id.length > 100) return null;
	const hash = sha256(id);
	const s = listSessions().find((x) => x.idHash === hash);
	if (!s || Date.parse(s.expiresAt) <= Date.now()) return null;
	const a = findAccount(s.account);
	if (!a || a.disabled) return null;
	return { account: a.name, role: a.role, csrf: s.csrf };
}

export function endSession(id: string): void {
	const hash = sha256(id);
	withPrivateLock(() =>
		writeJson(SESSIONS, { sessions: listSessions().filter((s) => s.idHash !== hash) })
	);
}

export function sessionCount(account: string): number {
	const now = Date.now();
	return listSessions().filter((s) => s.account === account && Date.parse(s.expiresAt) > now)
		.length;
}

// ── login throttling ────────────────────────────────────────────────────────────────────────

interface Throttle {
	/** key (`account:NAME` or `address:IP`) → times of recent wrong passwords (ms). */
	failures: Record<string, number[]>;
}

const keysOf = (account: string, address: string) => [`account:${account}`, `address:${address}`];

/** Until when (ms) the account or the address is locked, or 0. */
export function lockedUntil(account: string, address: string): number {
	const t = readJson<Throttle>(THROTTLE, { failures: {} });
	let until = 0;
	for (const k of keysOf(account, address)) {
		const recent = (t.failures[k] ?? []).filter((at) => at > Date.now() - FAILURE_WINDOW_MS);
		if (recent.length >= MAX_FAILURES) until = Math.max(until, recent[recent.length - 1] + LOCK_MS);
	}
	return until > Date.now() ? until : 0;
}

function recordFailure(account: string, address: string): void {
	withPrivateLock(() => {
		const t = readJson<Throttle>(THROTTLE, { failures: {} });
		const since = Date.now() - Math.max(FAILURE_WINDOW_MS, LOCK_MS);
		for (const [k, v] of Object.entries(t.failures)) {
			const kept = v.filter((at) => at > since);
			if (kept.length) t.failures[k] = kept;
			else delete t.failures[k];
		}
		for (const k of keysOf(account, address))
			t.failures[k] = [...(t.failures[k] ?? []), Date.now()].slice(-MAX_FAILURES * 2);
		writeJson(THROTTLE, t);
	});
}

function clearFailures(account: string): void {
	withPrivateLock(() => {
		const t = readJson<Throttle>(THROTTLE, { failures: {} });
		if (!t.failures[`account:${account}`]) return;
		delete t.failures[`account:${account}`];
		writeJson(THROTTLE, t);
	});
}

export type LoginResult =
	| { ok: true; account: Account }
	| { ok: false; reason: 'locked'; until: number }
	| { ok: false; reason: 'wrong' };

/**
 * Check a name and password, throttled per account and per address. A locked login is refused
 * before the password is looked at (so guessing on goes nowhere); a wrong one counts.
 */
export function attemptLogin(name: string, password: string, address: string): LoginResult {
	const until = lockedUntil(name, address);
	if (until) return { ok: false, reason: 'locked', until };
	const a = findAccount(name);
	const good = verifyPassword(password, a?.password ?? DUMMY) && !!a && !a.disabled;
	if (!good) {
		recordFailure(name, address);
		const now = lockedUntil(name, address);
		return now ? { ok: false, reason: 'locked', until: now } : { ok: false, reason: 'wrong' };
	}
	clearFailures(name);
	return { ok: true, account: a };
}
