// Worker thread of the form parse pool (parse-pool.ts). Plain JavaScript so that it starts
// under any runner (tsx, vitest, node); it loads the TypeScript reader through tsx's tsImport,
// which is scoped to this import and registers nothing globally.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { readFormWorkbook, layoutHash } = await tsImport('../forms/index.ts', import.meta.url);

// Layouts already sent to the main thread, by hash: a later workbook of the same template
// sends only the hash, and the pool (parse-pool.ts) reuses the rows and columns it has — the
// same content, as the hash says — instead of a fresh copy of ~9,000 row objects per workbook.
const sent = new Set();

parentPort?.on('message', (msg) => {
	try {
		const parsed = readFormWorkbook(msg.bytes, msg.name, undefined, msg.hint);
		const { table } = parsed;
		// Hashed here, off the thread that writes to DuckDB (load-form.ts looks layouts up by it).
		const hash = layoutHash(table);
		const known = sent.has(hash);
		parentPort?.postMessage(
			{
				id: msg.id,
				form: {
					form: parsed.form,
					title: parsed.title,
					regionName: parsed.regionName,
					modified: parsed.modified,
					sheets: parsed.sheets,
					cellIssues: parsed.cellIssues,
					table: {
						...table,
						layoutHash: hash,
						rows: known ? null : table.rows,
						columns: known ? null : table.columns
					}
				}
			},
			// The cell arrays move to the main thread without a copy.
			[table.row.buffer, table.column.buffer, table.value.buffer]
		);
		sent.add(hash); // only once it has gone: a failed post leaves the next one whole
	} catch (err) {
		const e = /** @type {any} */ (err);
		parentPort?.postMessage({
			id: msg.id,
			error: {
				name: e?.name ?? 'Error',
				message: e?.message ?? String(err),
				where: e?.where ?? null,
				// An InputError's code and parameters: the main thread rebuilds the same refusal.
				code: e?.code ?? null,
				params: e?.params ?? null
			}
		});
	}
});
parentPort?.postMessage({ ready: true });
