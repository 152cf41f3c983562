// `npm run etl -- …`: runs pipelines/cli.ts in a node process started with the ETL's settings
// (etl-env.mjs: read by glibc only at process start). Arguments, stdio, exit status and
// signals pass through.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { etlEnv, etlNodeArgs } from './etl-env.mjs';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const child = spawn(process.execPath, [...etlNodeArgs(), cli, ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: etlEnv(process.env)
});
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const relay = (/** @type {NodeJS.Signals} */ sig) => child.kill(sig);
for (const sig of signals) process.on(sig, relay);
child.on('error', (err) => {
	console.error(`etl: cannot start node: ${err.message}`);
	process.exit(1);
});
child.on('exit', (code, signal) => {
	if (signal) {
		// End the same way the command did.
		for (const sig of signals) process.off(sig, relay);
		process.kill(process.pid, signal);
	} else process.exit(code ?? 1);
});
