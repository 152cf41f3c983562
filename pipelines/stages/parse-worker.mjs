// Worker thread of the form parse pool (parse-pool.ts). Plain JavaScript so that it starts
// under any runner (tsx, vitest, node); it loads the TypeScript reader through tsx's tsImport,
// which is scoped to this import and registers nothing globally.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { readFormWorkbook, layoutHash } = await tsImport('../forms/index.ts', import.meta.url);

parentPort?.on('message', (msg) => {
	try {
		const parsed = readFormWorkbook(msg.bytes, msg.name);
		const { table } = parsed;
		// Hashed here, off the thread that writes to DuckDB (load-form.ts looks layouts up by it).
		table.layoutHash = layoutHash(table);
		parentPort?.postMessage(
			{
				id: msg.id,
				form: {
					form: parsed.form,
					title: parsed.title,
					regionName: parsed.regionName,
					modified: parsed.modified,
					sheets: parsed.sheets,
					table
				}
			},
			// The cell arrays move to the main thread without a copy.
			[table.row.buffer, table.column.buffer, table.value.buffer]
		);
	} catch (err) {
		const e = /** @type {any} */ (err);
		parentPort?.postMessage({
			id: msg.id,
			error: {
				name: e?.name ?? 'Error',
				message: e?.message ?? String(err),
				where: e?.where ?? null
			}
		});
	}
});
parentPort?.postMessage({ ready: true });
