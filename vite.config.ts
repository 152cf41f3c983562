import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	ssr: { external: ['@duckdb/node-api'] },
	test: {
		include: ['test/**/*.test.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// DuckDB files and the browser are real; keep parallelism modest on 2 cores.
		maxWorkers: 2,
		fileParallelism: true,
		// Two projects: `unit` (everything but the browser tests) and `e2e`, whose globalSetup
		// builds the app and the test warehouses once (test/e2e/global-setup.ts).
		projects: [
			{ extends: true, test: { name: 'unit', exclude: ['test/e2e/**', 'node_modules/**'] } },
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					globalSetup: ['test/e2e/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 900_000
				}
			}
		]
	}
});
