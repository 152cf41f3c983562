/**
 * Resident population by region (Bureau of National Statistics, beginning of year). A crime
 * rate uses the mean population of the year; a region that did not exist has no figure (null).
 */
import { cachedQuery } from '../db';
import { meanPopulation } from '../../domain/indicators';

export type PopulationIndex = (region: string, year: number) => number | null;

export async function populationIndex(): Promise<PopulationIndex> {
	const rows = await cachedQuery<{ region_code: string; year: number; value: number | null }>(
		`SELECT region_code, year::INTEGER AS year, value FROM population WHERE sex = 'all'`
	);
	const map = new Map(rows.map((r) => [`${r.region_code}|${r.year}`, r.value]));
	return (region, year) =>
		meanPopulation(map.get(`${region}|${year}`), map.get(`${region}|${year + 1}`));
}
