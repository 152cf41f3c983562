/**
 * Court outcomes for Criminal Code articles 120–124 (table court_outcome): convicted
 * (amnt_osuzhden), acquitted (amnt_opravdonyh) and sentence bands (year_* columns) per year.
 */
import { cachedQuery } from '../db';

export interface CourtOutcome {
	article: string;
	offence: string;
	year: number;
	measure: string;
	value: number | null;
}

export const SENTENCE_BANDS = [
	'year_less_1',
	'year_1_3',
	'year_1_5',
	'year_3_5',
	'year_5_8',
	'year_8_10',
	'year_10_12',
	'year_15_20',
	'year_20_25',
	'year_25_30',
	'forever_jail'
];

export async function courtOutcomes(year?: number | null): Promise<CourtOutcome[]> {
	return cachedQuery<CourtOutcome>(
		`SELECT article, offence, year::INTEGER AS year, measure, value FROM court_outcome
		 WHERE ($1::INTEGER IS NULL OR year = $1)
		 ORDER BY year, article, offence, measure`,
		[year ?? null]
	);
}
