/**
 * Build-time guard for the rule "the build works offline": the kit resolves some implicit
 * globals (Plot, d3, Inputs, html …) and `npm:` imports from a CDN that is unreachable here.
 * A cell that would need the network fails the build with what to write instead.
 */

/** Kit builtins that load from cdn.jsdelivr.net (notebook-kit 2.1.8, recommendedLibraries). */
const CDN_GLOBALS: Record<string, string> = {
	Plot: "import * as Plot from '@observablehq/plot';",
	d3: "import * as d3 from 'd3';",
	aq: "import * as aq from 'arquero';",
	Inputs: 'build the table or control with ./lib/ helpers (the kit loads Inputs from a CDN)',
	html: 'use ./lib/ helpers or a markdown cell (htl loads from a CDN)',
	svg: 'use ./lib/ helpers (htl loads from a CDN)',
	htl: 'use ./lib/ helpers (htl loads from a CDN)',
	_: 'write the helper (lodash loads from a CDN)',
	Arrow: 'not available offline',
	duckdb: 'query the warehouse in a SQL cell at build time instead',
	DuckDBClient: 'query the warehouse in a SQL cell at build time instead',
	echarts: "use '@observablehq/plot'",
	React: 'not available offline',
	ReactDOM: 'not available offline',
	topojson: 'not available offline',
	tex: 'not available offline (KaTeX loads from a CDN)',
	mermaid: 'not available offline',
	vl: "use '@observablehq/plot'",
	L: 'not available offline',
	mapboxgl: 'not available offline'
};

export interface GuardCell {
	id: number;
	mode: string;
	value: string;
	hidden: boolean;
	database?: string;
}

export interface Transpiled {
	inputs: string[];
	outputs?: string[];
	output?: string;
}

/** Problems in one notebook; empty when every cell can run offline. */
export function findOnlineDependencies<Cell extends GuardCell>(
	notebook: string,
	cells: Cell[],
	transpile: (cell: Cell) => Transpiled
): string[] {
	const problems: string[] = [];
	const transpiled = cells.map((cell) => ({ cell, t: transpile(cell) }));
	const defined = new Set<string>();
	for (const { t } of transpiled) {
		for (const name of t.outputs ?? []) defined.add(name);
		if (t.output) defined.add(t.output);
	}
	for (const { cell, t } of transpiled) {
		const where = `${notebook} cell ${cell.id}`;
		if (cell.mode === 'sql' && !cell.hidden) {
			problems.push(
				`${where}: a visible SQL cell renders with Inputs.table, loaded from a CDN: add the \`hidden\` attribute and show the rows with ./lib/table.js`
			);
		}
		if (/\b(?:npm|jsr):/.test(cell.value) && /\bimport\b/.test(cell.value)) {
			problems.push(
				`${where}: \`npm:\`/\`jsr:\` imports load from a CDN: import the package by its bare name from node_modules`
			);
		}
		if (/\bimport\b[^;]*['"]https?:\/\//.test(cell.value)) {
			problems.push(`${where}: imports from a URL need the network: import from node_modules`);
		}
		for (const name of t.inputs) {
			if (name in CDN_GLOBALS && !defined.has(name)) {
				problems.push(
					`${where}: the implicit global \`${name}\` loads from a CDN: ${CDN_GLOBALS[name]}`
				);
			}
		}
	}
	return problems;
}
