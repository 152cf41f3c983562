/**
 * `buildDefault`: the warehouse the app ships with when nobody has imported anything — the
 * project's published figures (data/published) and the SYNTHETIC demo panel (data/demo):
 * Form 1-M cells for the 20 regions, 2015–2025 plus cumulative months of 2024–2025, and a
 * synthetic population, every source row flagged `synthetic = true`. Real imports of the same
 * form, region and period take precedence (the views hide the demo); this module only flags.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regionName } from '../../src/lib/domain/regions.ts';
import {
	checkPublishedFigures,
	insertPublishedFindings,
	publishedSource,
	readPublishedFigures,
	RULE_TOTAL_NEQ_SUM,
	type PublishedFigure
} from '../sources/published/index.ts';
import { demoCells, drawFlows } from './cells.ts';
import { addFormCell, CellTableBuilder, type FormCellScope } from '../forms/cell-table.ts';
import { appendRows } from '../stages/append.ts';
import { insertFormTable } from '../stages/load-form.ts';
import { insertSourceFiles, type SourceFileRow } from '../stages/source-file.ts';
import {
	annualLeaves,
	cumulativeShares,
	regionalTotals,
	scaleLeaves,
	unitPopulations
} from './panel.ts';
import { loadDemoSettings, type DemoSettings } from './settings.ts';

export const PUBLISHED_DIR = resolve(
	dirname(fileURLToPath(import.meta.url)),
	'../../data/published'
);

export interface BuildDefaultOptions {
	seed?: number;
	/** Settings file (tests); default data/demo/settings.json. */
	settingsPath?: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Build (or rebuild) the default content. Owns its transaction: call outside BEGIN/COMMIT. */
export async function buildDefault(
	conn: DuckDBConnection,
	opts: BuildDefaultOptions = {}
): Promise<void> {
	const settings = loadDemoSettings(opts.settingsPath);
	const seed = opts.seed ?? settings.seed;
	await conn.run('BEGIN TRANSACTION');
	try {
		await loadPublishedDir(conn);
		await clearDemo(conn);
		await writeDemoPanel(conn, settings, seed);
		await writeDemoPopulation(conn, settings, seed);
		await conn.run(`INSERT OR REPLACE INTO meta VALUES ('demo.seed', $1)`, [String(seed)]);
		await conn.run('COMMIT');
	} catch (e) {
		await conn.run('ROLLBACK');
		throw e;
	}
}

async function loadPublishedDir(conn: DuckDBConnection): Promise<void> {
	const figures: PublishedFigure[] = [];
	const files = readdirSync(PUBLISHED_DIR)
		.filter((f) => f.endsWith('.csv'))
		.sort();
	for (const file of files) {
		const bytes = new Uint8Array(readFileSync(resolve(PUBLISHED_DIR, file)));
		const sha = sha256(bytes);
		const name = `data/published/${basename(file)}`;
		const loaded = await publishedSource.load(conn, name, bytes, sha);
		await insertSourceFiles(conn, [
			{
				sha256: sha,
				name,
				form: 'published',
				regionCode: null,
				period: null,
				title: null,
				modified: null,
				cells: loaded.rows,
				bytes: bytes.length
			}
		]);
		figures.push(...readPublishedFigures(bytes, name));
	}
	await conn.run('DELETE FROM finding WHERE rule = $1', [RULE_TOTAL_NEQ_SUM]);
	await insertPublishedFindings(conn, checkPublishedFigures(figures), null);
}

async function clearDemo(conn: DuckDBConnection): Promise<void> {
	const demo = 'SELECT sha256 FROM source_file WHERE synthetic';
	await conn.run(
		`DELETE FROM form_value WHERE scope_id IN
		 (SELECT id FROM form_scope WHERE source_sha256 IN (${demo}))`
	);
	await conn.run(`DELETE FROM form_scope WHERE source_sha256 IN (${demo})`);
	await conn.run(`DELETE FROM population WHERE source_sha256 IN (${demo})`);
	await conn.run('DELETE FROM source_file WHERE synthetic');
}

/** Periods of a year: the whole year, plus cumulative months 1–11 for the monthly years. */
function periodsOf(s: DemoSettings, year: number): { key: string; share: number }[] {
	const shares = cumulativeShares(s);
	const months = s.monthlyYears.includes(year) ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] : [];
	return [
		...months.map((m) => ({ key: `${year}-${String(m).padStart(2, '0')}`, share: shares[m - 1] })),
		{ key: String(year), share: 1 }
	];
}

async function writeDemoPanel(
	conn: DuckDBConnection,
	s: DemoSettings,
	seed: number
): Promise<void> {
	const sources: SourceFileRow[] = [];
	const table = new CellTableBuilder();
	const scopes: FormCellScope[] = [];
	for (let year = s.years.from; year <= s.years.to; year++) {
		const totals = regionalTotals(s, seed, year);
		for (const [code, total] of totals) {
			const leaves = annualLeaves(s, seed, code, year, total);
			const flows = drawFlows(s, seed, code, year);
			for (const period of periodsOf(s, year)) {
				const cells = demoCells(scaleLeaves(leaves, period.share), flows);
				const name = `demo:1-M:${code}:${period.key}`;
				const sha = sha256(`${name}|seed=${seed}`);
				sources.push({
					sha256: sha,
					name,
					form: '1-M',
					regionCode: code,
					period: period.key,
					title: `1-M  ${regionName(code)} (ДЕМО: синтетические данные)`,
					modified: null,
					cells: cells.length,
					bytes: null,
					synthetic: true
				});
				for (const c of cells) addFormCell(table, c, scopes.length);
				scopes.push({ form: '1-M', regionCode: code, period: period.key, sha256: sha });
			}
		}
	}
	await insertFormTable(conn, table.build(), scopes);
	await insertSourceFiles(conn, sources);
}

async function writeDemoPopulation(
	conn: DuckDBConnection,
	s: DemoSettings,
	seed: number
): Promise<void> {
	const sources: SourceFileRow[] = [];
	const figures: { code: string; year: number; value: number; sha: string }[] = [];
	// One year past the panel: population is at the beginning of a year, and the mean
	// population of the last year needs the next year's start.
	for (let year = s.years.from; year <= s.years.to + 1; year++) {
		for (const [code, value] of unitPopulations(s, seed, year)) {
			const name = `demo:population:${code}:${year}`;
			const sha = sha256(`${name}|seed=${seed}`);
			sources.push({
				sha256: sha,
				name,
				form: 'population',
				regionCode: code,
				period: String(year),
				title: 'ДЕМО: синтетическое население',
				modified: null,
				cells: 1,
				bytes: null,
				synthetic: true
			});
			figures.push({ code, year, value, sha });
		}
	}
	await appendRows(conn, 'population', figures, (app, f) => {
		app.appendVarchar(f.code);
		app.appendInteger(f.year);
		app.appendVarchar('all');
		app.appendDouble(f.value);
		app.appendVarchar(`${regionName(f.code)} (demo)`);
		app.appendVarchar(f.sha);
		app.appendVarchar('demo');
		app.appendVarchar('demo');
	});
	await insertSourceFiles(conn, sources);
}
