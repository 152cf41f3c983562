/**
 * Staging: every build works on a fresh copy of the notebooks in a temporary directory, with
 * its own `.observable/databases.json` pointing at the warehouse being built against
 * (SARAPSHY_DB) and an empty query cache. The kit caches SQL results by query text alone, so
 * building in place would serve one warehouse's figures for another's.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';

/** The database name SQL cells use: `<script type="application/sql" database="sarapshy">`. */
export const DATABASE_NAME = 'sarapshy';

/** A file outside the warehouse that a notebook reads, by a stable name. */
export interface NamedInput {
	name: string;
	/**
	 * Where to look, in order, relative to the repository root (or absolute): the first file
	 * that exists is read. The bench output of this machine's last run comes first, then the
	 * output of a named run committed to the repository, which is all a fresh checkout has.
	 */
	paths: readonly string[];
}

/** Files the notebooks read besides the warehouse. Absent files are reported, not faked. */
export const NAMED_INPUTS: readonly NamedInput[] = [
	{
		name: 'forecast-results',
		paths: ['bench/out/forecast-results.json', 'bench/results/forecast-results.json']
	}
];

export interface InputStatus extends NamedInput {
	/** The file read (shown in the notebook as its source); when absent, the first path tried. */
	path: string;
	present: boolean;
	/** Where the notebook finds it: `inputs/<name><extension>` beside the notebook. */
	file: string;
	sha256: string | null;
	bytes: number | null;
	modified: string | null;
}

export interface StageOptions {
	repoRoot: string;
	/** Directory holding the notebook sources (`notebooks/`). */
	sourceDir: string;
	/** Notebook file names (relative to sourceDir) to stage. */
	notebooks: string[];
	/** Absolute path of the DuckDB warehouse the SQL cells read. */
	warehouse: string;
	inputs?: readonly NamedInput[];
}

export interface Stage {
	dir: string;
	inputs: InputStatus[];
}

export function sha256File(path: string): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function createStage(options: StageOptions): Stage {
	const { repoRoot, sourceDir, notebooks, warehouse } = options;
	if (!existsSync(warehouse)) {
		throw new Error(
			`warehouse ${warehouse} does not exist: build it first (\`npm run etl -- build-default\`, or \`npm run etl -- import <files> --period 2022\`) or point SARAPSHY_DB at one`
		);
	}
	const dir = mkdtempSync(join(tmpdir(), 'sarapshy-notebooks-'));
	for (const notebook of notebooks) {
		const from = resolve(sourceDir, notebook);
		if (!existsSync(from)) throw new Error(`notebook ${from} does not exist`);
		copyFileSync(from, join(dir, basename(notebook)));
	}
	if (existsSync(join(sourceDir, 'lib')))
		cpSync(join(sourceDir, 'lib'), join(dir, 'lib'), { recursive: true });
	// Bare imports (`@observablehq/plot`, `d3`) resolve from the project's node_modules, offline.
	symlinkSync(resolve(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');

	mkdirSync(join(dir, '.observable'), { recursive: true });
	const databases = {
		[DATABASE_NAME]: { type: 'duckdb', path: warehouse, options: { access_mode: 'READ_ONLY' } }
	};
	writeFileSync(join(dir, '.observable', 'databases.json'), JSON.stringify(databases, null, '\t'));

	const inputs = stageInputs(repoRoot, dir, options.inputs ?? NAMED_INPUTS, warehouse);
	return { dir, inputs };
}

function stageInputs(
	repoRoot: string,
	dir: string,
	named: readonly NamedInput[],
	warehouse: string
): InputStatus[] {
	mkdirSync(join(dir, 'inputs'), { recursive: true });
	const inputs = named.map((input): InputStatus => {
		if (input.paths.length === 0) throw new Error(`notebook input «${input.name}»: no path`);
		const path = input.paths.find((candidate) => existsSync(resolve(repoRoot, candidate)));
		// Named after the input, not the file: an override (`--input name=path`) keeps the name.
		const file = `inputs/${input.name}${extname(path ?? input.paths[0])}`;
		if (path === undefined) {
			return {
				...input,
				path: input.paths[0],
				present: false,
				file,
				sha256: null,
				bytes: null,
				modified: null
			};
		}
		const from = resolve(repoRoot, path);
		copyFileSync(from, join(dir, file));
		const stat = statSync(from);
		const inRepo = relative(repoRoot, from);
		return {
			...input,
			path: inRepo.startsWith('..') || isAbsolute(inRepo) ? from : inRepo,
			present: true,
			file,
			sha256: sha256File(from),
			bytes: stat.size,
			modified: stat.mtime.toISOString()
		};
	});
	// The manifest is what notebooks read to learn whether an input exists and what it was.
	const manifest = {
		builtAt: new Date().toISOString(),
		warehouse: { file: basename(warehouse), sha256: sha256File(warehouse) },
		inputs
	};
	writeFileSync(join(dir, 'inputs', 'manifest.json'), JSON.stringify(manifest, null, '\t'));
	return inputs;
}
