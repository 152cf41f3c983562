/**
 * The private store on a real directory: files 0600 in a 0700 directory, scrypt hashes (no
 * password in any file), sessions stored by hash and ended by `users disable` (the real
 * command, a separate process, while this process holds the session), five wrong passwords
 * lock the account and the address.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	accountsConfigured,
	addAccount,
	attemptLogin,
	createSession,
	MAX_FAILURES,
	sessionAccount,
	verifyPassword
} from '../../../src/lib/private/accounts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = join(mkdtempSync(join(tmpdir(), 'sarapshy-private-')), 'admin');
const saved = process.env.SARAPSHY_ADMIN_DIR;
beforeAll(() => {
	process.env.SARAPSHY_ADMIN_DIR = dir;
});
afterAll(() => {
	if (saved === undefined) delete process.env.SARAPSHY_ADMIN_DIR;
	else process.env.SARAPSHY_ADMIN_DIR = saved;
	rmSync(resolve(dir, '..'), { recursive: true, force: true });
});

function users(args: string[], input = ''): string {
	return execFileSync(
		join(ROOT, 'node_modules/.bin/tsx'),
		['src/lib/private/users-cli.ts', ...args],
		{
			cwd: ROOT,
			input,
			env: { ...process.env, SARAPSHY_ADMIN_DIR: dir },
			encoding: 'utf8'
		}
	);
}

describe('private store', () => {
	it('has no accounts, then one added by the users command, hashed with scrypt', () => {
		expect(accountsConfigured()).toBe(false);
		users(['add', 'aigerim', '--role', 'analyst'], 'correct horse battery\n');
		expect(accountsConfigured()).toBe(true);
		expect(statSync(dir).mode & 0o777).toBe(0o700);
		for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).mode & 0o777, f).toBe(0o600);
		const text = readFileSync(join(dir, 'accounts.json'), 'utf8');
		expect(text).not.toContain('correct horse battery');
		const stored = JSON.parse(text).accounts[0];
		expect(stored).toMatchObject({ name: 'aigerim', role: 'analyst', disabled: false });
		expect(stored.password).toMatch(/^scrypt\$32768\$8\$1\$/);
		expect(verifyPassword('correct horse battery', stored.password)).toBe(true);
		expect(verifyPassword('correct horse batterY', stored.password)).toBe(false);
		expect(users(['list'])).toMatch(/^aigerim\tanalyst\tactive\t0 session\(s\)/);
	});

	it('refuses a short password and an unknown role, adding nothing', () => {
		expect(() => users(['add', 'bolat', '--role', 'analyst'], 'short\n')).toThrow(/at least 10/);
		expect(() => users(['add', 'bolat', '--role', 'root'], 'long enough pw\n')).toThrow(
			/--role must be one of viewer, analyst, admin/
		);
		expect(users(['list'])).not.toContain('bolat');
	});

	it('keeps only the hash of a session id, and `users disable` ends the session', () => {
		const { id } = createSession('aigerim');
		expect(readFileSync(join(dir, 'sessions.json'), 'utf8')).not.toContain(id);
		expect(sessionAccount(id)).toMatchObject({ account: 'aigerim', role: 'analyst' });
		users(['disable', 'aigerim']);
		expect(sessionAccount(id)).toBeNull();
		expect(accountsConfigured()).toBe(false);
		users(['enable', 'aigerim']);
		expect(sessionAccount(id)).toBeNull(); // ended, not suspended
	});

	it('locks an account after five wrong passwords, even for the right one', () => {
		addAccount('dana', 'viewer', 'dana password 1');
		for (let i = 1; i < MAX_FAILURES; i++)
			expect(attemptLogin('dana', `wrong ${i}`, '10.0.0.1')).toEqual({
				ok: false,
				reason: 'wrong'
			});
		expect(attemptLogin('dana', 'wrong 5', '10.0.0.1')).toMatchObject({
			ok: false,
			reason: 'locked'
		});
		// another address: the account is locked all the same
		expect(attemptLogin('dana', 'dana password 1', '10.0.0.2')).toMatchObject({
			ok: false,
			reason: 'locked'
		});
		// the address is locked for another account too
		expect(attemptLogin('aigerim', 'correct horse battery', '10.0.0.1')).toMatchObject({
			ok: false,
			reason: 'locked'
		});
		expect(attemptLogin('aigerim', 'correct horse battery', '10.0.0.3')).toMatchObject({
			ok: true
		});
	});
});
