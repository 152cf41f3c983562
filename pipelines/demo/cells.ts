/**
 * Turns a region-period's leaves (registered offences by severity, chapter, article) into Form
 * 1-M cells: R1-1 графа 1, R1 графы 1/2/6/7, R2 (juveniles, recidivism), R4 (damage) and R5
 * (penitentiary, by institution). Totals are sums of their parts, so the demo passes the
 * official control sums (row 1 = 2 + 3, row 3 = 4 + … + 7) in every графа.
 */
import {
	ALL_OFFENCES,
	ARTICLES,
	CHAPTERS,
	GRAFY,
	R5_INSTITUTION_GRAFY,
	SEVERITY_ROWS,
	templateCell
} from './layout.ts';
import type { FormCell } from '../forms/types.ts';
import { rngFor } from './prng.ts';
import type { Leaves } from './panel.ts';
import type { DemoSettings } from './settings.ts';

/** A demo cell has the shape a workbook reader's cell has (labels as paths, A1 address). */
export type DemoCell = FormCell;

export interface Flows {
	previousYears: number;
	backlog: number;
	finished: number;
	sentToCourt: number;
	juvenile: number;
	recidivism: number;
	damagePerFinished: number;
	recovered: number;
	penitentiaryPer1000: number;
	institutionWeights: number[];
}

/** A region-year's ratios, drawn within the settings' ranges. */
export function drawFlows(s: DemoSettings, seed: number, code: string, year: number): Flows {
	const rng = rngFor(seed, `flows|${code}|${year}`);
	const f = s.flows;
	const pick = ([lo, hi]: [number, number]) => rng.between(lo, hi);
	const inst = rngFor(seed, `institutions|${code}`);
	return {
		previousYears: pick(f.previousYearsShare),
		backlog: pick(f.backlogShare),
		finished: pick(f.finishedShare),
		sentToCourt: pick(f.sentToCourtShare),
		juvenile: pick(f.juvenileShare),
		recidivism: pick(f.recidivismShare),
		damagePerFinished: pick(f.damagePerFinishedThousandTenge),
		recovered: pick(f.recoveredShare),
		penitentiaryPer1000: pick(f.penitentiaryPer1000Offences),
		// minimum, medium, maximum, extreme, full, juvenile, mixed, probation, ИВС, other
		institutionWeights: [0.5, 3, 1.5, 0.1, 0.3, 0.05, 0.4, 1.2, 0.3, 0.8].map(
			(w) => w * inst.wobble(0.5)
		)
	};
}

/** Damage per finished offence relative to the average, by severity row (synthetic). */
const DAMAGE_WEIGHT: Record<string, number> = { '2': 0.3, '4': 0.5, '5': 0.9, '6': 2, '7': 1.5 };
/** Thousand tenge with one decimal, as the forms print them. */
const tenth = (x: number) => Math.round(x * 10) / 10;

type Row = { code: string; label: string[]; article: string | null; chapter: string | null };
const sevRow = (code: string) => SEVERITY_ROWS.find((r) => r.code === code)!;

export function demoCells(leaves: Leaves, flows: Flows): DemoCell[] {
	const out: DemoCell[] = [];
	const emit = (section: string, row: Row, grafa: string, value: number) =>
		out.push({
			section,
			rowCode: row.code,
			rowLabel: row.label,
			article: row.article,
			chapter: row.chapter,
			grafa,
			columnLabel: GRAFY[section][grafa],
			value,
			cell: templateCell(row.code, grafa)
		});

	// R1-1 графа 1 and R1 графы 1, 2, 3, 6, 7 for every leaf row; totals as sums. R1 графа 2
	// ("registered in the period") equals R1-1 графа 1, as in the real workbooks.
	const r1Of = (v: number) => {
		const g1 = v + Math.floor(v * flows.backlog);
		const g6 = Math.floor(g1 * flows.finished);
		return {
			'1': g1,
			'2': v,
			'3': Math.floor(v * flows.previousYears),
			'6': g6,
			'7': Math.floor(g6 * flows.sentToCourt)
		};
	};
	type R1 = ReturnType<typeof r1Of>;
	const add = (a: R1, b: R1): R1 => ({
		'1': a['1'] + b['1'],
		'2': a['2'] + b['2'],
		'3': a['3'] + b['3'],
		'6': a['6'] + b['6'],
		'7': a['7'] + b['7']
	});
	const emitBoth = (row: Row, registered: number, r1: R1) => {
		emit('R1-1', row, '1', registered);
		for (const g of ['1', '2', '3', '6', '7'] as const) emit('R1', row, g, r1[g]);
	};
	const sev = leaves.severity;
	const r1 = Object.fromEntries(Object.entries(sev).map(([k, v]) => [k, r1Of(v)])) as Record<
		string,
		R1
	>;
	const crimes = sev['4'] + sev['5'] + sev['6'] + sev['7'];
	const r1Crimes = add(add(r1['4'], r1['5']), add(r1['6'], r1['7']));
	const r1All = add(r1['2'], r1Crimes);
	emitBoth(sevRow('1'), sev['2'] + crimes, r1All);
	emitBoth(sevRow('2'), sev['2'], r1['2']);
	emitBoth(sevRow('3'), crimes, r1Crimes);
	for (const k of ['4', '5', '6', '7'] as const) emitBoth(sevRow(k), sev[k], r1[k]);
	for (const [ch, v] of Object.entries(leaves.chapters)) {
		const c = CHAPTERS[ch];
		emitBoth(
			{ code: c.code, label: [ALL_OFFENCES, c.label], article: null, chapter: ch },
			v,
			r1Of(v)
		);
	}
	for (const [art, v] of Object.entries(leaves.articles)) {
		const a = ARTICLES[art];
		const row = {
			code: a.code,
			label: [ALL_OFFENCES, CHAPTERS[a.chapter].label, a.label],
			article: art,
			chapter: a.chapter
		};
		emitBoth(row, v, r1Of(v));
	}

	// R2 rows 1–7 (графы 1, 3, 5) and R4 rows 1–7 (графы 1, 7) from each severity leaf's
	// finished offences (R1 графа 6); rows 1 and 3 are sums, so their control sums hold too.
	const leafKeys = ['2', '4', '5', '6', '7'] as const;
	const r2 = Object.fromEntries(
		leafKeys.map((k) => {
			const finished = r1[k]['6'];
			return [
				k,
				{
					'1': finished,
					'3': Math.floor(finished * flows.juvenile),
					'5': Math.floor(finished * flows.recidivism)
				}
			];
		})
	) as Record<string, Record<string, number>>;
	const r4 = Object.fromEntries(
		leafKeys.map((k) => {
			const established = tenth(r1[k]['6'] * flows.damagePerFinished * DAMAGE_WEIGHT[k]);
			return [k, { '1': established, '7': tenth(established * flows.recovered) }];
		})
	) as Record<string, Record<string, number>>;
	for (const [section, leaves, grafy] of [
		['R2', r2, ['1', '3', '5']],
		['R4', r4, ['1', '7']]
	] as const) {
		const sum = (keys: readonly string[], g: string) =>
			tenth(keys.reduce((acc, k) => acc + leaves[k][g], 0));
		for (const g of grafy) {
			emit(section, sevRow('1'), g, sum(leafKeys, g));
			emit(section, sevRow('3'), g, sum(['4', '5', '6', '7'], g));
			for (const k of leafKeys) emit(section, sevRow(k), g, leaves[k][g]);
		}
	}

	// R5 row 1: offences by persons serving a sentence, by type of institution (графы 3–12);
	// each type floored on its own so cumulative months only grow; графа 2 is their sum.
	const pen = ((sev['2'] + crimes) * flows.penitentiaryPer1000) / 1000;
	const wsum = flows.institutionWeights.reduce((x, y) => x + y, 0);
	const byType = flows.institutionWeights.map((w) => Math.floor((pen * w) / wsum));
	emit(
		'R5',
		sevRow('1'),
		'2',
		byType.reduce((x, y) => x + y, 0)
	);
	byType.forEach((v, i) => emit('R5', sevRow('1'), R5_INSTITUTION_GRAFY[i], v));
	return out;
}
