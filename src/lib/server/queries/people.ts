/**
 * Who offends and who is harmed (the offenders-and-victims view): Form 1-M cells of row 1
 * («Всего правонарушений») of the sections that count people — R3 and R3-1 (victims), R6,
 * R7 and R9 (offenders), R11 (intentional crimes causing death) — and R1 графы 2 and 26–28
 * (registered; in public places, streets, the domestic sphere), for every region of a period.
 * R8 (officials) and R10 (juveniles) too. Row 1 of these sections is the total over all offences (pipelines/forms/form-1m/README.md).
 * And the mean resident population by sex (v_population), which their rates rest on.
 */
import { cachedQuery } from '../db';

export interface PeopleCell {
	region: string;
	section: string;
	grafa: string;
	value: number;
}

/** Row-1 cells of the people sections for one period, every region (the republic included). */
export async function peopleCells(period: string): Promise<PeopleCell[]> {
	return cachedQuery<PeopleCell>(
		`SELECT region_code AS region, section, grafa, value
		 FROM v_form_cell
		 WHERE form = '1-M' AND period = $1 AND row_code = '1'
		   AND section IN ('R1', 'R3', 'R3-1', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11')
		   AND (section <> 'R1' OR grafa IN ('2', '26', '27', '28'))
		 ORDER BY region_code, section, try_cast(grafa AS INTEGER)`,
		[period]
	);
}

export type Sex = 'all' | 'female' | 'male';

/** Mean resident population of a year (Bureau of National Statistics; v_population) by region and sex. */
export async function meanPopulationBySex(
	year: number
): Promise<{ region: string; sex: Sex; population: number }[]> {
	return cachedQuery<{ region: string; sex: Sex; population: number }>(
		`SELECT region_code AS region, sex, population_mean AS population
		 FROM v_population WHERE year = $1 AND population_mean IS NOT NULL`,
		[year]
	);
}
