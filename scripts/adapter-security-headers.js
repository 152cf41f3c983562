/**
 * adapter-node serves build/client (the /_app bundles, favicon …) with sirv before SvelteKit's
 * hooks run, so hooks.server.ts cannot put security headers on those files. This wrapper runs
 * adapter-node, renames its server entry to build/server.js and writes a build/index.js that
 * starts it and sets the headers of src/lib/server/security-headers.js on every response
 * before sirv or SvelteKit answers (SvelteKit's own headers, such as a page's CSP, replace
 * them). `npm start` and the e2e harness both run build/index.js, so both have them.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
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
			const headers = { ...SECURITY_HEADERS, 'Content-Security-Policy': FALLBACK_CSP };
			writeFileSync(
				join(out, 'index.js'),
				`// Written by scripts/adapter-security-headers.js: adapter-node's server (server.js) with
// the security headers on every response, static files included.
import { server } from './server.js';

const HEADERS = Object.entries(${JSON.stringify(headers, null, '\t')});

// Runs before polka's own 'request' listener (sirv, then SvelteKit), which may replace them.
server.server.prependListener('request', (_req, res) => {
	for (const [name, value] of HEADERS) res.setHeader(name, value);
});

export * from './server.js';
`
			);
			builder.log.minor(
				'Security headers on every response, static files included (build/index.js)'
			);
		}
	};
}
