/**
 * `npm run users -- add NAME --role viewer|analyst|admin | list | disable NAME | enable NAME |
 * passwd NAME`: accounts are managed from the server's shell only (no web page can create
 * one). Passwords are read from stdin (one line; a terminal does not echo it), never from the
 * command line, where `ps` and the shell history would show them. Works while the server runs:
 * every change is an atomic replacement under the private directory's lock, and `disable` and
 * `passwd` end the account's sessions at once.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import {
	addAccount,
	listAccounts,
	NAME_RE,
	ROLES,
	sessionCount,
	setDisabled,
	setPassword
} from './accounts';
import { privateDir } from './dir';

const USAGE = `usage: npm run users -- <command>
  add NAME --role viewer|analyst|admin   a new account; its password is read from stdin
  list                                   every account: role, state, live sessions
  disable NAME                           the account can no longer sign in; its sessions end now
  enable NAME                            the account can sign in again
  passwd NAME                            a new password from stdin; the account's sessions end
private directory: SARAPSHY_ADMIN_DIR, or .<warehouse>-private beside SARAPSHY_DB
(now ${privateDir()}). With no account (or only disabled ones) the site has no login and no
import page: it is read-only.`;

async function readPassword(prompt: string): Promise<string> {
	const tty = process.stdin.isTTY;
	if (tty) process.stderr.write(prompt);
	const rl = createInterface({ input: process.stdin, terminal: false });
	if (tty) process.stdin.setRawMode?.(false);
	for await (const line of rl) {
		rl.close();
		return line.replace(/\r$/, '');
	}
	throw new Error(
		'no password on stdin: pipe one line, e.g. `printf %s "$PW" | npm run users -- …`'
	);
}

const Name = z.string().regex(NAME_RE, 'NAME: 2–64 letters, digits, dot, dash or underscore');

function main(argv: string[]): Promise<number> | number {
	const [command, ...rest] = argv;
	const roleAt = rest.indexOf('--role');
	const role = roleAt >= 0 ? rest.splice(roleAt, 2)[1] : undefined;
	const name = rest[0];
	const needName = () => {
		const r = Name.safeParse(name);
		if (!r.success) throw new UsageError(`users ${command}: ${r.error.issues[0].message}`);
		return r.data;
	};
	switch (command) {
		case 'add': {
			const n = needName();
			const r = z.enum(ROLES).safeParse(role);
			if (!r.success) throw new UsageError(`users add: --role must be one of ${ROLES.join(', ')}`);
			return readPassword(`password for ${n}: `).then((pw) => {
				addAccount(n, r.data, pw);
				console.error(`users: added ${n} (${r.data})`);
				return 0;
			});
		}
		case 'list': {
			const all = listAccounts();
			if (!all.length) console.error('users: no accounts: the site is read-only');
			for (const a of all)
				process.stdout.write(
					`${a.name}\t${a.role}\t${a.disabled ? 'disabled' : 'active'}\t` +
						`${sessionCount(a.name)} session(s)\tcreated ${a.createdAt}\n`
				);
			return 0;
		}
		case 'disable':
		case 'enable': {
			const n = needName();
			setDisabled(n, command === 'disable');
			console.error(
				`users: ${n} ${command}d${command === 'disable' ? '; its sessions ended' : ''}`
			);
			return 0;
		}
		case 'passwd': {
			const n = needName();
			return readPassword(`new password for ${n}: `).then((pw) => {
				setPassword(n, pw);
				console.error(`users: password of ${n} changed; its sessions ended`);
				return 0;
			});
		}
		default:
			console.error(USAGE);
			return command && command !== 'help' && command !== '--help' ? 2 : 0;
	}
}

class UsageError extends Error {}

Promise.resolve()
	.then(() => main(process.argv.slice(2)))
	.then(
		(code) => process.exit(code),
		(err) => {
			console.error(`users: ${err instanceof Error ? err.message : String(err)}`);
			if (err instanceof UsageError) console.error(USAGE);
			process.exit(err instanceof UsageError ? 2 : 1);
		}
	);
