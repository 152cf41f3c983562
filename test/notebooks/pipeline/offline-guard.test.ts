/**
 * The offline guard on notebooks the test writes: cells parsed by the Notebook Kit itself
 * (notebooks/pipeline/notebook-file.ts), then checked for anything that would need a CDN.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readNotebook } from '../../../notebooks/pipeline/notebook-file.ts';
import { findOnlineDependencies } from '../../../notebooks/pipeline/offline-guard.ts';

const dir = mkdtempSync(join(tmpdir(), 'sarapshy-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function problemsOf(name: string, cells: string): Promise<string[]> {
	const path = join(dir, name);
	writeFileSync(
		path,
		`<!doctype html>\n<notebook theme="air">\n  <title>t</title>\n${cells}\n</notebook>\n`
	);
	const notebook = await readNotebook(path);
	return findOnlineDependencies(name, notebook.cells, notebook.transpile);
}

const js = (id: number, body: string) =>
	`  <script id="${id}" type="module">\n    ${body}\n  </script>`;

describe('findOnlineDependencies', () => {
	it.each([
		['an implicit Plot', js(1, 'Plot.plot({marks: []})'), 'cell 1: the implicit global `Plot`'],
		['an implicit d3', js(2, 'd3.sum([1, 2])'), 'cell 2: the implicit global `d3`'],
		['Inputs', js(3, 'Inputs.table([])'), 'cell 3: the implicit global `Inputs`'],
		['an npm: import', js(4, 'import * as Plot from "npm:@observablehq/plot";'), 'cell 4: `npm:`'],
		[
			'a URL import',
			js(5, 'import * as x from "https://cdn.example/x.js";'),
			'cell 5: imports from a URL'
		],
		[
			'a visible SQL cell',
			'  <script id="6" type="application/sql" database="sarapshy" output="rows">\n    SELECT 1\n  </script>',
			'cell 6: a visible SQL cell'
		]
	])('refuses %s', async (_, cells, message) => {
		const problems = await problemsOf('online.html', cells);
		expect(problems.length, problems.join('\n')).toBeGreaterThanOrEqual(1);
		expect(problems[0]).toContain(`online.html ${message}`);
	});

	it('accepts libraries imported from node_modules, used in other cells', async () => {
		const problems = await problemsOf(
			'offline.html',
			[
				js(1, 'import * as Plot from "@observablehq/plot";\n    import * as d3 from "d3";'),
				js(2, 'Plot.plot({marks: [Plot.dot([d3.sum([1, 2])])]})'),
				'  <script id="3" type="application/sql" database="sarapshy" output="rows" hidden>\n    SELECT 1\n  </script>',
				'  <script id="4" type="text/markdown">\n    ${rows.length}\n  </script>'
			].join('\n')
		);
		expect(problems).toEqual([]);
	});
});
