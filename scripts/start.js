// `npm start`: build the app and the embedded default warehouse when they are missing, then
// serve on HOST (default 127.0.0.1) and PORT (default 3000). SARAPSHY_DB picks another warehouse.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const named = process.env.SARAPSHY_DB;
const db = resolve(named || 'data/warehouse/sarapshy.duckdb');
process.env.HOST ||= '127.0.0.1';
process.env.PORT ||= '3000';

/** @param {string} cmd @param {string[]} args */
function run(cmd, args) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(db) && named) {
	// A warehouse the user named is never replaced by a demo built in its place.
	console.error(
		`SARAPSHY_DB=${named} names ${db}, which does not exist. Fix the path, or create it first: ` +
			`\`SARAPSHY_DB=${db} npm run etl -- import <files> --period 2022\` (real forms) or ` +
			`\`SARAPSHY_DB=${db} npm run etl -- build-default\` (the synthetic demo).`
	);
	process.exit(1);
}
process.env.SARAPSHY_DB = db;
if (!existsSync(db)) {
	console.error(`no warehouse at ${db}: building the embedded default`);
	run(process.execPath, ['pipelines/etl.mjs', 'build-default']); // as `npm run etl` starts it
}
if (!existsSync('build/index.js')) {
	console.error('no build/: building the app');
	run('npx', ['vite', 'build']);
}
console.error(`Sarapshy on http://${process.env.HOST}:${process.env.PORT} (warehouse ${db})`);
await import(resolve('build/index.js'));
