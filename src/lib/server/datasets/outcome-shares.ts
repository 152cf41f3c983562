/**
 * Case-outcome shares per region and for the country, from one R1-1 row (an offence group),
 * shared by the clearance panels, the /regions clearance column and the prevention score. The
 * country is the republic's workbook where imported, else the regions' графы added up over the
 * regions that have them all (ratio of sums, never a mean of ratios), with the regions named.
 */
import {
	R1_1_GRAFY_READ,
	SNG1_GRAFY_READ,
	addGrafy,
	outcomeShares,
	sngClearance,
	type GrafaValues,
	type OutcomeShares
} from '../../domain/case-outcomes';
import { r11Outcomes, sng1Totals } from '../queries/case-outcomes';

export interface RegionOutcomes {
	/** Shares per region code (regions without a workbook are absent). */
	regions: Map<string, OutcomeShares & { values: GrafaValues }>;
	country: (OutcomeShares & { values: GrafaValues }) | null;
	/** The regions the country's figure adds up; empty when it is the republic's workbook. */
	summed: string[];
	synthetic: boolean;
}

const complete = (v: GrafaValues, grafy: readonly string[]) =>
	grafy.every((g) => typeof v[g] === 'number');

/** Sum of the regions (or the republic's own row) for a list of per-region графы. */
function countryOf(
	byRegion: Map<string, GrafaValues>,
	grafy: readonly string[]
): { values: GrafaValues; summed: string[] } | null {
	const kz = byRegion.get('KZ');
	if (kz) return { values: kz, summed: [] };
	const summed = [...byRegion].filter(([, v]) => complete(v, grafy)).map(([code]) => code);
	if (!summed.length) return null;
	return {
		values: addGrafy(
			summed.map((c) => byRegion.get(c)!),
			grafy
		),
		summed
	};
}

/** R1-1 outcome shares of row `rowCode` (1 = all offences, 3 = crimes …) for one period. */
export async function regionOutcomes(period: string, rowCode: string): Promise<RegionOutcomes> {
	const rows = await r11Outcomes(period, [rowCode]);
	const byRegion = new Map(rows.map((r) => [r.region, r.values]));
	const regions = new Map(
		[...byRegion]
			.filter(([code]) => code !== 'KZ')
			.map(([code, values]) => [code, { ...outcomeShares(values), values }])
	);
	const c = countryOf(byRegion, R1_1_GRAFY_READ);
	return {
		regions,
		country: c ? { ...outcomeShares(c.values), values: c.values } : null,
		summed: c?.summed ?? [],
		synthetic: rows.some((r) => r.synthetic)
	};
}

export interface SngClearance {
	regions: Map<string, { clearance: number | null; values: GrafaValues }>;
	country: { clearance: number | null; values: GrafaValues } | null;
	summed: string[];
}

/** СНГ-1 R1 row 1 clearance per region and for the country (empty maps where not imported). */
export async function regionSngClearance(period: string): Promise<SngClearance> {
	const rows = await sng1Totals(period);
	const byRegion = new Map(rows.map((r) => [r.region, r.values]));
	const regions = new Map(
		[...byRegion]
			.filter(([code]) => code !== 'KZ')
			.map(([code, values]) => [code, { clearance: sngClearance(values), values }])
	);
	const c = countryOf(byRegion, SNG1_GRAFY_READ);
	return {
		regions,
		country: c ? { clearance: sngClearance(c.values), values: c.values } : null,
		summed: c?.summed ?? []
	};
}
