/**
 * `buildDemo`: the SYNTHETIC demo panel (data/demo) of the warehouse the app ships with when
 * nobody has imported anything: Form 1-M cells for the 20 regions, 2015–2025 plus cumulative
 * months of 2024–2025, and a synthetic population, every source row flagged
 * `synthetic = true`. The published figures beside it are real and loaded by the import path
 * (stages/build-default.ts); the first real form imported removes this demo.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { regionName } from '../../src/lib/domain/regions.ts';
import { demoCells, drawFlows } from './cells.ts';
import { addFormCell, CellTableBuilder, type FormCellScope } from '../forms/cell-table.ts';
import { appendRows } from '../stages/append.ts';
import { insertFormTable } from '../stages/load-form.ts';
import { insertSourceFiles, type SourceFileRow } from '../stages/source-file.ts';
import { removeSyntheticDemo } from '../stages/synthetic-demo.ts';
import {
	annualLeaves,
	cumulativeShares,
	regionalTotals,
	scaleLeaves,
	unitPopulations
} from './panel.ts';
import { loadDemoSettings, type DemoSettings } from './settings.ts';

export interface BuildDemoOptions {
	seed?: number;
	/** Settings file (tests); default data/demo/settings.json. */
	settingsPath?: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Build (or rebuild) the synthetic demo: the previous demo goes first. Owns its transaction:
 * call outside BEGIN/COMMIT. Whether a warehouse may hold the demo at all (not beside real
 * forms) is the caller's decision (stages/build-default.ts).
 */
export async function buildDemo(
	conn: DuckDBConnection,
	opts: BuildDemoOptions = {}
): Promise<void> {
	const settings = loadDemoSettings(opts.settingsPath);
	const seed = opts.seed ?? settings.seed;
	await conn.run('BEGIN TRANSACTION');
	try {
		await removeSyntheticDemo(conn);
		await writeDemoPanel(conn, settings, seed);
		await writeDemoPopulation(conn, settings, seed);
		await conn.run(`INSERT OR REPLACE INTO meta VALUES ('demo.seed', $1)`, [String(seed)]);
		await conn.run('COMMIT');
	} catch (e) {
		await conn.run('ROLLBACK');
		throw e;
	}
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
