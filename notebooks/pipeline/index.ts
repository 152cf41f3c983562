/**
 * Builds the research notebooks to static HTML against one warehouse: stage a fresh copy,
 * answer every SQL cell from the warehouse, then let the Notebook Kit's Vite plugin render the
 * pages. Offline by construction: libraries come from the project's node_modules, never a CDN.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';
import { readNotebook } from './notebook-file.ts';
import { findOnlineDependencies } from './offline-guard.ts';
import { runSqlCells, type SqlCellResult } from './sql-cells.ts';
import { createStage, NAMED_INPUTS, type InputStatus, type NamedInput } from './stage.ts';

export { DATABASE_NAME, NAMED_INPUTS } from './stage.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const NOTEBOOKS_DIR = join(REPO_ROOT, 'notebooks');
export const DEFAULT_OUT = join(NOTEBOOKS_DIR, '.observable', 'dist');
export const DEFAULT_WAREHOUSE = 'data/warehouse/sarapshy.duckdb';

export interface BuildOptions {
	/** Warehouse to read (default: SARAPSHY_DB, else data/warehouse/sarapshy.duckdb). */
	warehouse?: string;
	/** Output directory (default notebooks/.observable/dist). Emptied first. */
	out?: string;
	/** Notebook file names; default: every `*.html` in notebooks/. */
	notebooks?: string[];
	/** Override where a named input is read from: `{ 'forecast-results': 'path/to/file.json' }`. */
	inputs?: Record<string, string>;
	/** Keep the staging directory (for debugging). */
	keepStage?: boolean;
	log?: (line: string) => void;
}

export interface BuildReport {
	warehouse: string;
	out: string;
	pages: string[];
	queries: SqlCellResult[];
	inputs: InputStatus[];
}

export function warehouseFromEnv(): string {
	return resolve(REPO_ROOT, process.env.SARAPSHY_DB || DEFAULT_WAREHOUSE);
}

export function listNotebooks(dir = NOTEBOOKS_DIR): string[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.html'))
		.sort();
}

export async function buildNotebooks(options: BuildOptions = {}): Promise<BuildReport> {
	const log = options.log ?? ((line: string) => console.error(line));
	const warehouse = resolve(options.warehouse ?? warehouseFromEnv());
	const out = resolve(options.out ?? DEFAULT_OUT);
	const notebooks = options.notebooks ?? listNotebooks();
	if (notebooks.length === 0) throw new Error(`no notebooks (*.html) in ${NOTEBOOKS_DIR}`);

	const inputs = resolveInputs(options.inputs ?? {});
	const stage = createStage({
		repoRoot: REPO_ROOT,
		sourceDir: NOTEBOOKS_DIR,
		notebooks,
		warehouse,
		inputs
	});
	try {
		log(`notebooks: ${notebooks.length} against ${warehouse}`);
		for (const input of stage.inputs) {
			log(
				input.present
					? `  input ${input.name}: ${input.path}, ${input.bytes} bytes`
					: `  input ${input.name}: absent (looked for ${input.paths.join(', ')})`
			);
		}
		const staged = notebooks.map((name) => join(stage.dir, name.replace(/^.*\//, '')));
		const files = await Promise.all(staged.map((path) => readNotebook(path)));
		const problems = files.flatMap((file) =>
			findOnlineDependencies(file.path.replace(/^.*\//, ''), file.cells, file.transpile)
		);
		if (problems.length > 0) {
			throw new Error(`cells that would need the network:\n  ${problems.join('\n  ')}`);
		}
		const queries = await runSqlCells(files);
		log(`  ${queries.length} SQL cells answered from the warehouse`);
		await renderPages(stage.dir, staged, out);
		const pages = staged
			.map((path) => path.replace(/^.*\//, ''))
			.filter((name) => existsSync(join(out, name)));
		writeIndex(
			out,
			files.map((file) => ({ page: basename(file.path), title: file.title })),
			warehouse
		);
		log(`  built ${pages.length} pages in ${out}`);
		return { warehouse, out, pages, queries, inputs: stage.inputs };
	} finally {
		if (!options.keepStage) rmSync(stage.dir, { recursive: true, force: true });
		else log(`  stage kept: ${stage.dir}`);
	}
}

/** A plain index page linking the notebooks (not a notebook itself). */
function writeIndex(
	out: string,
	pages: { page: string; title: string }[],
	warehouse: string
): void {
	const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	const items = pages
		.map(({ page, title }) => `<li><a href="./${escape(page)}">${escape(title)}</a></li>`)
		.join('\n');
	writeFileSync(
		join(out, 'index.html'),
		`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Sarapshy research notebooks</title></head>\n<body style="font-family: sans-serif; max-width: 40rem; margin: 2rem auto">\n<h1>Sarapshy research notebooks</h1>\n<ul>\n${items}\n</ul>\n<p>Built ${escape(new Date().toISOString())} from the warehouse <code>${escape(basename(warehouse))}</code>.</p>\n</body></html>\n`
	);
}

/** `--input name=path` options (repeatable) as the `inputs` of BuildOptions. */
export function parseInputOptions(pairs: readonly string[]): Record<string, string> {
	const inputs: Record<string, string> = {};
	for (const pair of pairs) {
		const at = pair.indexOf('=');
		if (at <= 0)
			throw new Error(`--input ${pair}: write name=path (e.g. forecast-results=out.json)`);
		inputs[pair.slice(0, at)] = pair.slice(at + 1);
	}
	return inputs;
}

function resolveInputs(overrides: Record<string, string>): NamedInput[] {
	for (const name of Object.keys(overrides)) {
		if (!NAMED_INPUTS.some((input) => input.name === name)) {
			const known = NAMED_INPUTS.map((input) => input.name).join(', ');
			throw new Error(`unknown notebook input «${name}»: the notebooks read ${known}`);
		}
	}
	// An override replaces the whole search list: a missing override file is reported absent,
	// never silently replaced by the default one.
	return NAMED_INPUTS.map((input) =>
		overrides[input.name] ? { ...input, paths: [resolve(overrides[input.name])] } : input
	);
}

async function renderPages(root: string, inputs: string[], out: string): Promise<void> {
	const { build } = await import('vite');
	const { config, observable } = await import('@observablehq/notebook-kit/vite');
	const kitConfig = config();
	// The kit maps `npm:` imports to a CDN; the offline guard refuses them, so drop that alias.
	const alias = (kitConfig.resolve?.alias as Alias[]).filter(
		(entry) => !String(entry.find).includes('npm:')
	);
	await build({
		...kitConfig,
		resolve: { ...kitConfig.resolve, alias },
		configFile: false,
		logLevel: 'warn',
		plugins: [observable()],
		root,
		base: './',
		build: {
			outDir: out,
			emptyOutDir: true,
			rollupOptions: { input: inputs }
		}
	});
}
