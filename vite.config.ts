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
		// `unit`: everything but the browser tests. `e2e`: the browser tests, which build the app
		// and their warehouses themselves (test/e2e/artifacts.ts) — no globalSetup, so that a unit
		// run never pays for a build.
		projects: [
			{ extends: true, test: { name: 'unit', exclude: ['test/e2e/**', '**/node_modules/**'] } },
			{
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 1_200_000,
					maxWorkers: 2
				}
			}
		]
	}
});
