/**
 * adapter-node serves build/client (the /_app bundles, favicon …) with sirv before SvelteKit's
 * hooks run, so hooks.server.ts cannot put security headers on those files. This wrapper runs
 * adapter-node, renames its server entry to build/server.js and writes a build/index.js that
 * starts it and sets the headers of src/lib/server/security-headers.js on every response
 * before sirv or SvelteKit answers (SvelteKit's own headers, such as a page's CSP, replace
 * them). `npm start` and the e2e harness both run build/index.js, so both have them.
 * build/index.js also runs the server in SARAPSHY_WORKERS processes (node:cluster, default one
 * per core): one JavaScript thread per process, the port shared.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FALLBACK_CSP, SECURITY_HEADERS } from '../src/lib/server/security-headers.js';

/**
 * @param {import('@sveltejs/kit').Adapter} adapter adapter-node
 * @param {string} out its `out` directory
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withSecurityHeaders(adapter, out = 'build') {
	return {
		...adapter,
		name: `${adapter.name} + security headers`,
		async adapt(builder) {
			await adapter.adapt(builder);
			const entry = join(out, 'server.js');
			renameSync(join(out, 'index.js'), entry);
			renameSync(join(out, 'index.js.map'), `${entry}.map`);
			const code = readFileSync(entry, 'utf8');
			// adapter-node's entry exports the polka app it listens with (`server.server` is the
			// node:http server); a wrapper that cannot find it must fail the build, not serve bare.
			if (!/export \{[^}]*\bserver\b[^}]*\}/.test(code))
				throw new Error(`${entry} no longer exports \`server\`: update ${import.meta.filename}`);
			writeFileSync(
				entry,
				code.replace(
					/\/\/# sourceMappingURL=index\.js\.map\s*$/,
					'//# sourceMappingURL=server.js.map\n'
				)
			);
			// The files sirv serves (top-level names of build/client: _app, favicon.svg …) also get
			// a CSP of their own. Nothing else does here: a page's 304 carries no CSP, and a
			// browser would store one set here in place of the page's (hashes and all).
			const statics = readdirSync(join(out, 'client')).map((name) => `/${name}`);
			writeFileSync(
				join(out, 'index.js'),
				`// Written by scripts/adapter-security-headers.js: adapter-node's server (server.js) in
// SARAPSHY_WORKERS processes (node:cluster; default: the available parallelism), each with the
// security headers on every response, static files included, a body limit that lets the
// browser import's uploads in and the request's real protocol (env-defaults.js runs before
// server.js reads the variables).
import './env-defaults.js';
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const HEADERS = Object.entries(${JSON.stringify(SECURITY_HEADERS, null, '\t')});
const STATIC = ${JSON.stringify(statics)};
const STATIC_CSP = ${JSON.stringify(FALLBACK_CSP)};

/**
 * How many server processes: SARAPSHY_WORKERS (a whole number ≥ 1), else one per available
 * core. One process answers everything on one JavaScript thread; the workers share the port
 * (the primary hands out connections), each opens the published warehouse read-only and keeps
 * its own caches. Socket activation (LISTEN_FDS) passes one socket to one process: one worker.
 */
function workerCount() {
	if (process.env.LISTEN_FDS) return 1;
	const named = process.env.SARAPSHY_WORKERS;
	if (named === undefined || named === '') return availableParallelism();
	const n = Number(named);
	if (!Number.isInteger(n) || n < 1 || n > 64) {
		console.error(\`SARAPSHY_WORKERS=\${named}: give a whole number of server processes from 1 to 64 (unset: one per core, \${availableParallelism()} here)\`);
		process.exit(1);
	}
	return n;
}

const WORKERS = cluster.isPrimary ? workerCount() : 1;

if (cluster.isPrimary && WORKERS > 1) {
	// The primary serves nothing: it starts the workers, hands them connections, passes
	// SIGTERM/SIGINT on (each worker shuts down gracefully, as adapter-node does) and exits
	// when they have; a worker that dies while serving is replaced, one that dies before it
	// listens (a port in use, a bad setting) stops the server with its exit status.
	cluster.setupPrimary({ exec: fileURLToPath(import.meta.url) });
	let stopping = false;
	const listening = new Set();
	const start = () => {
		const w = cluster.fork();
		w.once('listening', () => listening.add(w.id));
		w.once('exit', (code, signal) => {
			const served = listening.delete(w.id);
			if (stopping) {
				if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
				return;
			}
			if (!served) {
				console.error(\`sarapshy: a server process exited before it listened (\${signal ?? code}); stopping\`);
				stopping = true;
				for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
				process.exitCode = code || 1;
				if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode);
				return;
			}
			console.error(\`sarapshy: server process \${w.process.pid} exited (\${signal ?? code}); starting another\`);
			start();
		});
	};
	for (let i = 0; i < WORKERS; i++) start();
	const stop = (signal) => {
		if (stopping) return;
		stopping = true;
		const workers = Object.values(cluster.workers ?? {});
		if (!workers.length) process.exit(0);
		for (const w of workers) w?.process.kill(signal);
	};
	process.on('SIGTERM', () => stop('SIGTERM'));
	process.on('SIGINT', () => stop('SIGINT'));
} else {
	const { server } = await import('./server.js');
	// adapter-node's shutdown ends when nothing is left to do; a worker's channel to the
	// primary would keep it alive: close that too.
	if (cluster.isWorker) process.once('sveltekit:shutdown', () => process.disconnect?.());
	// /api/v1/health, the probe of monitors and load balancers, straight from the body that
	// src/lib/server/health.ts computed for the generation still current (null: not known yet,
	// a switch due, the warehouse unavailable — then SvelteKit answers as usual).
	const healthNow = () => globalThis[Symbol.for('sarapshy.healthNow')]?.() ?? null;
	const next = server.server.listeners('request');
	server.server.removeAllListeners('request');
	server.server.on('request', (req, res) => {
		// This server speaks plain http; unless PROTOCOL_HEADER or ORIGIN says otherwise (a TLS
		// proxy in front), that is the protocol SvelteKit sees (a client cannot claim another).
		if (process.env.PROTOCOL_HEADER === 'x-sarapshy-protocol')
			req.headers['x-sarapshy-protocol'] = 'http';
		for (const [name, value] of HEADERS) res.setHeader(name, value);
		const path = (req.url ?? '').split('?', 1)[0];
		if (STATIC.some((s) => path === s || path.startsWith(s + '/')))
			res.setHeader('Content-Security-Policy', STATIC_CSP);
		if (req.method === 'GET' && req.url === '/api/v1/health') {
			const body = healthNow();
			if (body) {
				// as hooks.server.ts answers the API: its CSP and JSON
				res.setHeader('Content-Security-Policy', STATIC_CSP);
				res.setHeader('Content-Type', 'application/json');
				res.end(body);
				return;
			}
		}
		// then polka's own listener (sirv, then SvelteKit, which may replace the headers above)
		for (const listener of next) listener.call(server.server, req, res);
	});
}
`
			);
			writeFileSync(
				join(out, 'env-defaults.js'),
				`// Written by scripts/adapter-security-headers.js: adapter-node settings the app needs,
// unless the operator set them.
//
// BODY_SIZE_LIMIT: adapter-node refuses bodies over it (default 512K, in plain text, before the
// app can record anything). The app bounds bodies itself: the browser import's route refuses a
// declared size over 100 MB (the importer's limit) and cuts the stream there, recording the
// refusal in the import audit; hooks.server.ts holds every other write to a page to 64 KB.
process.env.BODY_SIZE_LIMIT ||= 'Infinity';
// The protocol: adapter-node takes https when neither PROTOCOL_HEADER nor ORIGIN is set, so a
// site served over plain http would see its own forms' Origin (http://…) as another site's and
// set Secure cookies a browser never sends back over http. index.js sets this header to http on
// every request; behind a TLS proxy set PROTOCOL_HEADER=x-forwarded-proto (or ORIGIN=https://…).
if (!process.env.PROTOCOL_HEADER && !process.env.ORIGIN)
	process.env.PROTOCOL_HEADER = 'x-sarapshy-protocol';
`
			);
			builder.log.minor(
				'Security headers on every response, static files included (build/index.js)'
			);
		}
	};
}
