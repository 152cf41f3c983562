/**
 * Parses form workbooks on worker threads, so that the next workbooks are read (inflate, sheet
 * XML scan, labels: ~150–250 ms each, pure JavaScript) while the main thread writes the current
 * one to DuckDB and validates it. Results come back as column-wise cell tables whose typed
 * arrays are transferred, not copied. Refusals keep their InputError (message, file, sheet,
 * cell). If a worker cannot start (no tsx, a restricted runtime), parsing falls back to the
 * calling thread: the pool is only a speed-up, never a requirement.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FormCellTable } from '../forms/cell-table.ts';
import type { FormHint } from '../forms/index.ts';
import { InputError, parsedForm, type ParsedForm } from '../forms/types.ts';
import { isRefusalCode } from '../../src/lib/i18n/features/import-refusals.ts';

/** A worker's table: rows and columns are null when the worker sent that layout before. */
type WireTable = Omit<FormCellTable, 'rows' | 'columns' | 'layoutHash'> & {
	layoutHash: string;
	rows: FormCellTable['rows'] | null;
	columns: FormCellTable['columns'] | null;
};

type Reply =
	| { ready: true }
	| { id: number; form: Omit<ParsedForm, 'cells' | 'table'> & { table: WireTable } }
	| {
			id: number;
			error: WireError;
	  };

interface Job {
	id: number;
	bytes: Uint8Array;
	name: string;
	hint: FormHint;
	resolve: (p: ParsedForm) => void;
	reject: (e: unknown) => void;
}

class ParseWorker {
	readonly worker: Worker;
	busy: Job | null = null;
	dead = false;
	ready: Promise<boolean>;

	constructor(
		onIdle: (w: ParseWorker) => void,
		onDead: (w: ParseWorker, job: Job | null) => void,
		layouts: Map<string, Pick<FormCellTable, 'rows' | 'columns'>>
	) {
		// A small young generation: parsing makes short-lived garbage; reading the 16 workbooks of
		// 2022 took the same CPU (within noise) with a small one, and the import's peak RSS fell
		// from ~473 to ~427 MB.
		this.worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), {
			resourceLimits: { maxYoungGenerationSizeMb: 8 }
		});
		this.worker.unref();
		let started: (ok: boolean) => void = () => {};
		this.ready = new Promise((r) => (started = r));
		this.worker.on('message', (m: Reply) => {
			if ('ready' in m) return started(true);
			const job = this.busy;
			this.busy = null;
			if (!job || job.id !== m.id) return;
			if ('error' in m) job.reject(rebuildError(m.error));
			else {
				try {
					job.resolve(parsedForm({ ...m.form, table: withLayout(m.form.table, layouts) }));
				} catch (err) {
					job.reject(err);
				}
			}
			onIdle(this);
		});
		const die = () => {
			started(false);
			if (this.dead) return;
			this.dead = true;
			const job = this.busy;
			this.busy = null;
			onDead(this, job);
		};
		this.worker.on('error', die);
		this.worker.on('exit', die);
	}
}

/**
 * The table with its rows and columns: as sent, or — when the worker sent only the hash — the
 * ones received with that hash before (messages from a worker arrive in order, so the first,
 * full copy is always here first). Every workbook of a template then shares one set.
 */
function withLayout(
	t: WireTable,
	layouts: Map<string, Pick<FormCellTable, 'rows' | 'columns'>>
): FormCellTable {
	if (t.rows && t.columns) {
		layouts.set(t.layoutHash, { rows: t.rows, columns: t.columns });
		return { ...t, rows: t.rows, columns: t.columns };
	}
	const known = layouts.get(t.layoutHash);
	if (!known) throw new Error(`parse pool: layout ${t.layoutHash} was never received`);
	return { ...t, rows: known.rows, columns: known.columns };
}

/** A worker's error as posted (parse-worker.mjs): an InputError keeps its code and parameters. */
interface WireError {
	name: string;
	message: string;
	where: InputError['where'] | null;
	code: string | null;
	params: unknown;
}

function rebuildError(e: WireError) {
	if (e.name === 'InputError' && isRefusalCode(e.code))
		return new InputError(e.code, e.params as never, e.where ?? {});
	const err = new Error(e.message);
	err.name = e.name;
	return err;
}

export class FormParsePool {
	private workers: ParseWorker[] = [];
	private queue: Job[] = [];
	private nextId = 1;
	/** Layouts received from the workers, by hash (see withLayout). */
	private layouts = new Map<string, Pick<FormCellTable, 'rows' | 'columns'>>();

	constructor(
		private readonly parseHere: (
			bytes: Uint8Array,
			name: string,
			limits?: undefined,
			hint?: FormHint
		) => ParsedForm,
		// One worker on a 2-core machine: the other core runs this thread and DuckDB. Measured
		// on the 2022 workbooks, a second worker made parsing slower, not faster (contention).
		size = Math.max(1, Math.min(2, availableParallelism() - 1))
	) {
		for (let i = 0; i < size; i++)
			this.workers.push(
				new ParseWorker(
					(w) => this.dispatch(w),
					(w, job) => this.retire(w, job),
					this.layouts
				)
			);
	}

	parse(bytes: Uint8Array, name: string, hint: FormHint = {}): Promise<ParsedForm> {
		return new Promise((resolve, reject) => {
			this.queue.push({ id: this.nextId++, bytes, name, hint, resolve, reject });
			for (const w of this.workers) if (!w.busy) this.dispatch(w);
		});
	}

	private dispatch(w: ParseWorker): void {
		if (w.busy || w.dead) return;
		const job = this.queue.shift();
		if (!job) return;
		w.busy = job;
		void w.ready.then((ok) => {
			// A copy of the bytes goes to the worker: the caller still hashes and stores them.
			if (ok && !w.dead)
				w.worker.postMessage({ id: job.id, bytes: job.bytes, name: job.name, hint: job.hint });
		});
	}

	/** A worker that failed to start or died: its job (if any) is parsed here, the rest go on. */
	private retire(w: ParseWorker, job: Job | null): void {
		this.workers = this.workers.filter((x) => x !== w);
		if (job) this.parseJobHere(job);
		for (const x of this.workers) this.dispatch(x);
		if (this.workers.length === 0) this.drainHere();
	}

	private parseJobHere(job: Job): void {
		try {
			job.resolve(this.parseHere(job.bytes, job.name, undefined, job.hint));
		} catch (err) {
			job.reject(err);
		}
	}

	private drainHere(): void {
		for (let job = this.queue.shift(); job; job = this.queue.shift()) this.parseJobHere(job);
	}

	async close(): Promise<void> {
		const workers = this.workers;
		this.workers = [];
		for (const w of workers) w.dead = true;
		await Promise.all(workers.map((w) => w.worker.terminate()));
		this.drainHere();
	}
}
