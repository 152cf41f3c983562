/**
 * `npm run notebooks [-- --db <warehouse>] [--out <dir>] [notebook.html…]`: builds the
 * research notebooks to static HTML (default notebooks/.observable/dist) against the warehouse
 * in SARAPSHY_DB. Logs go to stderr; the exit status is non-zero when any cell fails.
 */
import { parseArgs } from 'node:util';
import { buildNotebooks, parseInputOptions } from './pipeline/index.ts';

const USAGE = `usage: npm run notebooks -- [--db <warehouse.duckdb>] [--out <dir>] [--json] [notebook.html…]
  --db    warehouse to read (default: SARAPSHY_DB, else data/warehouse/sarapshy.duckdb)
  --out   output directory (default: notebooks/.observable/dist; emptied first)
  --input name=path  read a named input from another file (e.g. forecast-results=out.json);
          default for forecast-results: bench/out/forecast-results.json (this machine's last
          \`npm run bench:forecast\`), else bench/results/forecast-results.json (a committed run)
  --json  print a summary of the build on stdout`;

async function main(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			db: { type: 'string' },
			out: { type: 'string' },
			json: { type: 'boolean', default: false },
			input: { type: 'string', multiple: true, default: [] },
			'keep-stage': { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	if (values.help) {
		console.error(USAGE);
		return 0;
	}
	const inputs = parseInputOptions(values.input ?? []);
	const report = await buildNotebooks({
		inputs,
		warehouse: values.db,
		out: values.out,
		notebooks: positionals.length > 0 ? positionals : undefined,
		keepStage: values['keep-stage']
	});
	if (values.json) console.log(JSON.stringify(report, null, '\t'));
	return 0;
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error) => {
		console.error(`notebooks: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
);
