// forecastBatch spread over worker threads (Node only: the CLI, the bench, server-side batch
// jobs; the browser bundle never imports this file). Same work, same results: each worker
// backtests a contiguous slice of the series, the main thread pools every backtest into one
// conformal table (the calibration needs the whole batch), and the workers then choose, fit and
// calibrate their slices. Small batches run on the calling thread.

import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SeriesBacktest } from '../backtest';
import {
	backtestBatch,
	batchCalibration,
	fitBatch,
	forecastBatch,
	prepareBatch,
	type BatchResult,
	type FitBatchInput,
	type PreparedBatch
} from '../batch';
import { chooseMethod, scoreMethods } from '../choose-method';
import type { FittedModel, ForecastOptions, SeriesForecast } from '../types';

/** Below this many series the threads' start-up (about 0.3 s each) is not worth it. */
export const PARALLEL_MIN_SERIES = 400;

export interface ParallelOptions {
	/** Worker threads; default: the available parallelism (cores), at most 8. */
	threads?: number;
	/** Smallest batch worth threads (default PARALLEL_MIN_SERIES). */
	minSeries?: number;
}

/** Messages between the main thread and parallel-worker.mjs. */
export type ToWorker =
	| { kind: 'backtest'; prep: PreparedBatch; opts: ForecastOptions }
	| ({ kind: 'fit' } & Pick<FitBatchInput, 'cal' | 'pooledChoice' | 'selection' | 'allMethods'>);
export type FromWorker =
	| { kind: 'backtest'; bts: SeriesBacktest[] }
	| { kind: 'fit'; auto: SeriesForecast[]; methods: Record<string, SeriesForecast[]> }
	| { kind: 'error'; message: string };

function defaultThreads(): number {
	const n = typeof os.availableParallelism === 'function' ? os.availableParallelism() : 1;
	return Math.max(1, Math.min(8, n));
}

class Slice {
	private readonly worker: Worker;
	private waiting: { resolve: (m: FromWorker) => void; reject: (e: Error) => void } | null = null;
	constructor() {
		this.worker = new Worker(new URL('./parallel-worker.mjs', import.meta.url));
		this.worker.on('message', (m: FromWorker) => {
			const w = this.waiting;
			this.waiting = null;
			if (!w) return;
			if (m.kind === 'error') w.reject(new RangeError(m.message));
			else w.resolve(m);
		});
		this.worker.on('error', (e) => {
			this.waiting?.reject(e);
			this.waiting = null;
		});
		this.worker.on('exit', (code) => {
			this.waiting?.reject(new Error(`forecast worker exited with code ${code}`));
			this.waiting = null;
		});
	}
	ask(msg: ToWorker): Promise<FromWorker> {
		return new Promise((resolve, reject) => {
			this.waiting = { resolve, reject };
			this.worker.postMessage(msg);
		});
	}
	close(): Promise<number> {
		return this.worker.terminate();
	}
}

/**
 * `forecastBatch` on several threads (same arguments, same result). Falls back to the calling
 * thread for fewer than PARALLEL_MIN_SERIES series or one thread.
 */
export async function forecastBatchParallel(
	series: number[][],
	opts: ForecastOptions,
	selection: 'pooled' | 'series' = 'series',
	allMethods = true,
	parallel: ParallelOptions = {}
): Promise<BatchResult> {
	const threads = Math.min(parallel.threads ?? defaultThreads(), series.length);
	if (threads <= 1 || series.length < (parallel.minSeries ?? PARALLEL_MIN_SERIES))
		return forecastBatch(series, opts, selection, allMethods);
	const prep = prepareBatch(series, opts); // validation errors come from here, before any thread
	const n = prep.ys.length;
	const bounds = Array.from({ length: threads + 1 }, (_, k) => Math.round((k * n) / threads));
	const sliceOf = (k: number): PreparedBatch => ({
		...prep,
		ys: prep.ys.slice(bounds[k], bounds[k + 1])
	});
	// the calling thread works on the first slice itself: one worker fewer to start (each costs
	// about 0.5 s of CPU to load and compile the pipeline), and its code is already warm
	const slices = Array.from({ length: threads - 1 }, () => new Slice());
	try {
		const asked = slices.map((s, k) => s.ask({ kind: 'backtest', prep: sliceOf(k + 1), opts }));
		const own = sliceOf(0);
		const ownCaches: Map<string, FittedModel | null>[] = [];
		const ownBts = backtestBatch(own, opts, { caches: ownCaches });
		const parts = await Promise.all(asked);
		const bts = [...ownBts, ...parts.flatMap((p) => (p.kind === 'backtest' ? p.bts : []))];
		const cal = batchCalibration(bts, opts, prep.levels);
		const pooled = scoreMethods(bts, prep.candidates);
		const choice = { cal, pooledChoice: chooseMethod(pooled), selection, allMethods };
		const fitting = slices.map((s) => s.ask({ kind: 'fit', ...choice }));
		const mine = fitBatch(own, opts, { ...choice, bts: ownBts, caches: ownCaches });
		const done = [{ kind: 'fit' as const, ...mine }, ...(await Promise.all(fitting))];
		const auto: SeriesForecast[] = [];
		const methods: Record<string, SeriesForecast[]> = {};
		for (const m of prep.candidates) methods[m] = [];
		for (const d of done)
			if (d.kind === 'fit') {
				auto.push(...d.auto);
				for (const m of prep.candidates) methods[m].push(...(d.methods[m] ?? []));
			}
		return { auto, methods, calibration: cal, pooled };
	} finally {
		await Promise.all(slices.map((s) => s.close()));
	}
}
