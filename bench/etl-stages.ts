/**
 * `npx tsx bench/etl-stages.ts [DIR]`: where the CPU of a Form 1-M import goes, stage by stage.
 * Runs the import's stages one after another on ONE thread (no parse pool, DuckDB at one
 * thread as during a pooled import), so that the process CPU (user + system, every thread,
 * DuckDB's included) spent between two marks is that stage's own. The reader stages are timed
 * on a second pass over the same bytes (unzip, XML scan), and "cell model" is the reader's
 * total minus those. A benchmark prints; it asserts nothing.
 */
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openWarehouse } from '../pipelines/warehouse.ts';
import { readFormWorkbook } from '../pipelines/forms/index.ts';
import { layoutHash, insertFormTable } from '../pipelines/stages/load-form.ts';
import { insertSourceFile } from '../pipelines/stages/source-file.ts';
import { regionFromTitle, sha256Hex } from '../pipelines/stages/identify.ts';
import { SUM_RULES, validateRegionPeriod } from '../pipelines/validate/index.ts';
import { evaluateFileRules } from '../pipelines/validate/file-rules.ts';
import { readZipDirectory, inflateEntry } from '../pipelines/xlsx/zip.ts';
import { scanSheetBytes } from '../pipelines/xlsx/sheet-xml.ts';
import { parseSharedStrings } from '../pipelines/xlsx/shared-strings.ts';

const dir = resolve(process.argv[2] ?? '../shared/data/qamqor/form-1m/2022');
const files = readdirSync(dir)
	.filter((n) => /\.xlsx$/i.test(n))
	.sort((a, b) => a.localeCompare(b));

const cpu = new Map<string, number>();
const wall = new Map<string, number>();
let lastCpu = process.cpuUsage();
let lastWall = performance.now();
function mark(stage: string): void {
	const now = process.cpuUsage();
	const t = performance.now();
	const c = (now.user - lastCpu.user + now.system - lastCpu.system) / 1e6;
	cpu.set(stage, (cpu.get(stage) ?? 0) + c);
	wall.set(stage, (wall.get(stage) ?? 0) + (t - lastWall) / 1000);
	lastCpu = now;
	lastWall = t;
}

const tmp = mkdtempSync(join(tmpdir(), 'sarapshy-stages-'));
try {
	const wh = await openWarehouse(join(tmp, 'w.duckdb'));
	await wh.conn.run('SET threads = 1');
	mark('open warehouse');
	const utf8 = new TextDecoder();
	for (const name of files) {
		const bytes = new Uint8Array(readFileSync(join(dir, name)));
		const sha = sha256Hex(bytes);
		mark('read file + sha256');
		// Second-pass reader stages, for the split only.
		const entries = readZipDirectory(bytes, name, { maxUncompressedBytes: 200 << 20 });
		const sheets: Uint8Array[] = [];
		let shared: string[] = [];
		for (const e of entries.values()) {
			if (/^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
				sheets.push(inflateEntry(bytes, e, name, 200 << 20));
			else if (/sharedStrings/.test(e.name))
				shared = parseSharedStrings(utf8.decode(inflateEntry(bytes, e, name, 200 << 20)));
		}
		mark('[split] unzip + shared strings');
		for (const s of sheets) scanSheetBytes(s, shared, { file: name, name: 'x', maxCells: 2e6 });
		mark('[split] sheet XML scan');
		// The real reader, whole.
		const parsed = readFormWorkbook(bytes, name);
		mark('reader total');
		const region = regionFromTitle(parsed.regionName, parsed.title, name);
		const scope = { form: parsed.form, regionCode: region.code, period: '2022', sha256: sha };
		await wh.conn.run('BEGIN TRANSACTION');
		await insertSourceFile(wh.conn, {
			sha256: sha,
			name,
			form: parsed.form,
			regionCode: region.code,
			period: '2022',
			title: parsed.title,
			modified: parsed.modified,
			cells: parsed.table.length,
			bytes: bytes.length
		});
		mark('source row');
		const hash = layoutHash(parsed.table);
		mark('[split] layout hash');
		await insertFormTable(wh.conn, parsed.table, scope);
		mark('load: layout + appender');
		// In JavaScript on the import thread (import-file.ts), with the layout hash the worker sends.
		const breaches = evaluateFileRules(parsed.table, SUM_RULES, hash);
		mark('per-file rules on the table (JS)');
		await validateRegionPeriod(
			wh.conn,
			scope.form,
			scope.regionCode,
			scope.period,
			breaches ? { sha256: sha, breaches } : undefined
		);
		mark('validate (DuckDB thread)');
		await wh.conn.run('COMMIT');
		mark('commit');
	}
	wh.close();
	mark('close (checkpoint)');
} finally {
	rmSync(tmp, { recursive: true, force: true });
}
const unzip = cpu.get('[split] unzip + shared strings') ?? 0;
const scan = cpu.get('[split] sheet XML scan') ?? 0;
console.log(`stages of ${files.length} workbooks (${dir}), CPU s / wall s:`);
for (const [k, c] of cpu)
	console.log(
		`  ${k.padEnd(34)} ${c.toFixed(2).padStart(6)} ${wall.get(k)!.toFixed(2).padStart(6)}`
	);
console.log(
	`  => cell model ≈ reader − unzip − scan: ${((cpu.get('reader total') ?? 0) - unzip - scan).toFixed(2)} s CPU`
);
const ru = process.resourceUsage();
console.log(
	`  process CPU ${((ru.userCPUTime + ru.systemCPUTime) / 1e6).toFixed(2)} s, peak RSS ${(ru.maxRSS / 1024).toFixed(0)} MB`
);
