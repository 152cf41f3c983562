import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { withSecurityHeaders } from './scripts/adapter-security-headers.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// adapter-node, with the security headers on its static files too (see the wrapper)
		adapter: withSecurityHeaders(adapter({ out: 'build' }), 'build'),
		// The cross-site form check is done in src/hooks.server.ts (same rule, for pages) so that
		// the API can answer every request in JSON; the app accepts no writes anywhere.
		csrf: { trustedOrigins: ['*'] },
		// Strict CSP: no inline scripts from elsewhere; SvelteKit adds hashes for its own bootstrap.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'frame-ancestors': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
