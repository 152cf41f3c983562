/**
 * adapter-node serves build/client (the /_app bundles, favicon …) with sirv before SvelteKit's
 * hooks run, so hooks.server.ts cannot put security headers on those files. This wrapper runs
 * adapter-node, renames its server entry to build/server.js and writes a build/index.js that
 * starts it and sets the headers of src/lib/server/security-headers.js on every response
 * before sirv or SvelteKit answers (SvelteKit's own headers, such as a page's CSP, replace
 * them). `npm start` and the e2e harness both run build/index.js, so both have them.
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
				`// Written by scripts/adapter-security-headers.js: adapter-node's server (server.js) with
// the security headers on every response, static files included, and a body limit that lets
// the browser import's uploads in and the request's real protocol (env-defaults.js runs
// before server.js reads the variables).
import './env-defaults.js';
import { server } from './server.js';

const HEADERS = Object.entries(${JSON.stringify(SECURITY_HEADERS, null, '\t')});
const STATIC = ${JSON.stringify(statics)};
const STATIC_CSP = ${JSON.stringify(FALLBACK_CSP)};

// Runs before polka's own 'request' listener (sirv, then SvelteKit), which may replace them.
server.server.prependListener('request', (req, res) => {
	// This server speaks plain http; unless PROTOCOL_HEADER or ORIGIN says otherwise (a TLS
	// proxy in front), that is the protocol SvelteKit sees (a client cannot claim another).
	if (process.env.PROTOCOL_HEADER === 'x-sarapshy-protocol') req.headers['x-sarapshy-protocol'] = 'http';
	for (const [name, value] of HEADERS) res.setHeader(name, value);
	const path = (req.url ?? '').split('?', 1)[0];
	if (STATIC.some((s) => path === s || path.startsWith(s + '/')))
		res.setHeader('Content-Security-Policy', STATIC_CSP);
});

export * from './server.js';
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
