/**
 * Reading a notebook file exactly as the Notebook Kit's Vite plugin does (its deserializer,
 * its DOM parser), so that cell text, and the cache hash derived from it, are identical.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GuardCell, Transpiled } from './offline-guard.ts';

export interface NotebookCell extends GuardCell {
	pinned: boolean;
	output?: string;
}

interface Kit {
	deserialize(html: string, options: { parser: unknown }): { title: string; cells: NotebookCell[] };
	transpile(cell: NotebookCell): Transpiled;
}

let kit: Promise<{ kit: Kit; parser: unknown }> | null = null;

function loadKit(): Promise<{ kit: Kit; parser: unknown }> {
	kit ??= (async () => {
		const module = (await import('@observablehq/notebook-kit')) as unknown as Kit;
		// jsdom is the kit's own dependency, resolved from the kit's location.
		const kitRequire = createRequire(import.meta.resolve('@observablehq/notebook-kit'));
		const { JSDOM } = kitRequire('jsdom') as {
			JSDOM: new () => { window: { DOMParser: new () => unknown } };
		};
		return { kit: module, parser: new new JSDOM().window.DOMParser() };
	})();
	return kit;
}

export interface NotebookFile {
	path: string;
	title: string;
	cells: NotebookCell[];
	transpile(cell: NotebookCell): Transpiled;
}

export async function readNotebook(path: string): Promise<NotebookFile> {
	const { kit, parser } = await loadKit();
	const notebook = kit.deserialize(readFileSync(path, 'utf8'), { parser });
	return {
		path,
		title: notebook.title,
		cells: notebook.cells,
		transpile: (cell) => kit.transpile(cell)
	};
}
