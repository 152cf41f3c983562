/**
 * The republic's mean population per year (Bureau of National Statistics, v_population: the
 * mean of 1 January of the year and of the next), for national indices such as the conviction
 * index. Synthetic demo figures are left out: a real published count is never divided by a
 * made-up population. A year without the next year's figure has no mean (null, not the start).
 */
import { cachedQuery } from '../db';

export async function nationalMeanPopulation(): Promise<Map<number, number>> {
	const rows = await cachedQuery<{ year: number; mean: number }>(
		`SELECT year::INTEGER AS year, population_mean AS mean FROM v_population
		 WHERE region_code = 'KZ' AND sex = 'all' AND NOT synthetic AND population_mean IS NOT NULL
		 ORDER BY year`
	);
	return new Map(rows.map((r) => [Number(r.year), Number(r.mean)]));
}
