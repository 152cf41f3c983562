/**
 * `npm run bench:etl`: imports every Form 1-M workbook of ../shared/data/qamqor/form-1m/2022
 * into a fresh temp warehouse through the real import stage (in a child process, so its peak
 * RSS is the import's own), then does the same parsing work with pandas + openpyxl
 * (bench/etl_pandas.py) and prints both and their ratio. A benchmark prints; it asserts nothing.
 * The child starts as `npm run etl` starts the import (pipelines/etl-env.mjs). To run only our
 * side while iterating, start the child the same way:
 *   MALLOC_ARENA_MAX=2 node --import tsx bench/etl.ts --child DIR DB
 *
 *   npm run bench:etl [-- DIR]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { etlEnv, etlNodeArgs } from '../pipelines/etl-env.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const DEFAULT_DIR = resolve(ROOT, '../shared/data/qamqor/form-1m/2022');

interface ChildResult {
	seconds: number;
	files: number;
	imported: number;
	cells: number;
	findings: number;
	maxRssMb: number;
	/** User + system CPU of the whole process (main thread, parse worker, DuckDB threads). */
	cpuSeconds: number;
}

/** Runs inside the child: open, import all, close; print one JSON line on stdout. */
async function child(dir: string, db: string): Promise<void> {
	const { openWarehouse } = await import('../pipelines/warehouse.ts');
	const { importPaths } = await import('../pipelines/stages/index.ts');
	const t0 = performance.now();
	const wh = await openWarehouse(db);
	const summary = await importPaths(wh.conn, [dir], { period: '2022' });
	wh.close();
	const seconds = (performance.now() - t0) / 1000;
	const refused = summary.files.filter((f) => f.status === 'refused');
	for (const r of refused) process.stderr.write(`refused: ${r.error}\n`);
	const out: ChildResult = {
		seconds,
		files: summary.files.length,
		imported: summary.files.length - refused.length,
		cells: summary.files.reduce((s, f) => s + f.cells, 0),
		findings: summary.files.reduce((s, f) => s + f.findings, 0),
		maxRssMb: process.resourceUsage().maxRSS / 1024,
		cpuSeconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6
	};
	process.stdout.write(JSON.stringify(out) + '\n');
}

function lastJsonLine<T>(stdout: string, what: string): T {
	const line = stdout.trim().split('\n').pop();
	if (!line) throw new Error(`${what} printed nothing`);
	return JSON.parse(line) as T;
}

async function parent(dir: string): Promise<void> {
	const tmp = mkdtempSync(join(tmpdir(), 'sarapshy-bench-'));
	try {
		const t0 = performance.now();
		// Started as `npm run etl` starts the import (pipelines/etl.mjs): same node arguments and
		// process environment (etl-env.mjs), so the figures are those of the product's process.
		const ours = spawnSync(
			process.execPath,
			[...etlNodeArgs(), fileURLToPath(import.meta.url), '--child', dir, join(tmp, 'bench.duckdb')],
			{ cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24, env: etlEnv(process.env) }
		);
		const wall = (performance.now() - t0) / 1000;
		if (ours.status !== 0) throw new Error(`import child failed:\n${ours.stderr}`);
		const r = lastJsonLine<ChildResult>(ours.stdout, 'import child');

		const py = spawnSync('/usr/bin/python3', [join(HERE, 'etl_pandas.py'), dir], {
			encoding: 'utf8',
			maxBuffer: 1 << 24
		});
		if (py.status !== 0) throw new Error(`pandas peer failed:\n${py.stderr}`);
		const p = lastJsonLine<{
			seconds: number;
			workbooks: number;
			cells: number;
			peakRssMb: number;
			cpuSeconds: number;
		}>(py.stdout, 'pandas peer');

		const f = (n: number, d = 2) => n.toFixed(d);
		console.log(`ETL bench: ${dir}`);
		console.log(
			`  sarapshy import: ${r.imported}/${r.files} workbooks, ${r.cells} cells, ${r.findings} findings`
		);
		console.log(
			`    import ${f(r.seconds)} s (open → import+validate all → close), process wall ${f(wall)} s, ` +
				`peak RSS ${f(r.maxRssMb, 0)} MB, ${f(r.cells / r.seconds, 0)} cells/s, CPU ${f(r.cpuSeconds)} s`
		);
		console.log(
			`  pandas+openpyxl: ${p.workbooks} workbooks, ${p.cells} cells in ${f(p.seconds)} s, ` +
				`peak RSS ${f(p.peakRssMb, 0)} MB, CPU ${f(p.cpuSeconds)} s`
		);
		console.log(
			`  ratio: sarapshy is ${f(p.seconds / r.seconds, 1)}× faster than pandas (import time), ` +
				`${f(p.seconds / wall, 1)}× counting process start-up`
		);
		console.log(
			`  CPU ratio: pandas used ${f(p.cpuSeconds / r.cpuSeconds, 1)}× the CPU time of sarapshy ` +
				`(less sensitive to other work on the machine than wall time)`
		);
		console.log(
			`  load average at the end: ${loadavg()
				.map((l) => l.toFixed(2))
				.join(' ')}`
		);
		console.log('  (indicative: the machine is shared with other work)');
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(args[1], args[2]);
else await parent(resolve(args[0] ?? DEFAULT_DIR));
