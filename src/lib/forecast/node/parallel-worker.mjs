// Worker thread of forecastBatchParallel (parallel.ts). Plain JavaScript so that it starts
// under any runner (tsx, vitest, node); it loads the TypeScript pipeline through tsx's
// tsImport, which is scoped to this import and registers nothing globally.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { backtestBatch, fitBatch } = await tsImport('../batch.ts', import.meta.url);

/** @type {any} */
let prep = null;
/** @type {any} */
let opts = null;
/** @type {any[]} */
let bts = [];
/** @type {Map<string, unknown>[]} */
let caches = [];

parentPort?.on('message', (msg) => {
	try {
		if (msg.kind === 'backtest') {
			prep = msg.prep;
			opts = msg.opts;
			caches = [];
			bts = backtestBatch(prep, opts, { caches });
			parentPort?.postMessage({ kind: 'backtest', bts });
		} else if (msg.kind === 'fit') {
			const { cal, pooledChoice, selection, allMethods } = msg;
			const res = fitBatch(prep, opts, { bts, cal, pooledChoice, selection, allMethods, caches });
			parentPort?.postMessage({ kind: 'fit', ...res });
		}
	} catch (e) {
		parentPort?.postMessage({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
	}
});
