/**
 * `npm run notebooks:preview [-- --port 4321] [--db …] [--input name=path]`: builds the notebooks against SARAPSHY_DB (as
 * `npm run notebooks` does) and serves the static pages on localhost. Rebuild to see edits:
 * the pages are rendered from the warehouse at build time, not live.
 */
import { parseArgs } from 'node:util';
import { buildNotebooks, DEFAULT_OUT, NOTEBOOKS_DIR, parseInputOptions } from './pipeline/index.ts';

async function main(argv: string[]): Promise<void> {
	const { values } = parseArgs({
		args: argv,
		options: {
			db: { type: 'string' },
			port: { type: 'string', default: '4321' },
			input: { type: 'string', multiple: true, default: [] },
			'no-build': { type: 'boolean', default: false }
		}
	});
	const inputs = parseInputOptions(values.input ?? []);
	if (!values['no-build']) await buildNotebooks({ warehouse: values.db, out: DEFAULT_OUT, inputs });
	const { preview } = await import('vite');
	const server = await preview({
		configFile: false,
		root: NOTEBOOKS_DIR,
		base: './',
		build: { outDir: DEFAULT_OUT },
		preview: { port: Number(values.port), host: '127.0.0.1', open: false }
	});
	server.printUrls();
}

main(process.argv.slice(2)).catch((error) => {
	console.error(`notebooks:preview: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
