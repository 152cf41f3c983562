/**
 * The `etl` command: `npm run etl -- <command>`. Logs go to stderr, data to the warehouse;
 * the exit status is 0 only when everything asked for was done.
 */
import { openWarehouse, warehousePath } from './warehouse.ts';

const USAGE = `usage: npm run etl -- <command>
  build-default               build the warehouse from the project's own data
warehouse: SARAPSHY_DB (default data/warehouse/sarapshy.duckdb)`;

async function main(argv: string[]): Promise<number> {
	const [command] = argv;
	switch (command) {
		case 'build-default': {
			const wh = await openWarehouse();
			wh.close();
			console.error(`warehouse ready: ${warehousePath()}`);
			return 0;
		}
		default:
			console.error(USAGE);
			return 2;
	}
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(err) => {
		console.error(`etl: ${err instanceof Error ? err.message : String(err)}`);
		process.exit(1);
	}
);
