/**
 * Court outcomes of the sexual-offence articles 120–124 (table court_outcome), one row per
 * article, year and source column (`measure`). What the columns mean, and in which order they
 * are shown, is domain knowledge: src/lib/domain/court-outcomes.ts.
 */
import { cachedQuery } from '../db';

export interface CourtOutcome {
	article: string;
	offence: string;
	year: number;
	measure: string;
	value: number | null;
}

export async function courtOutcomes(year?: number | null): Promise<CourtOutcome[]> {
	return cachedQuery<CourtOutcome>(
		`SELECT article, offence, year::INTEGER AS year, measure, value FROM court_outcome
		 WHERE ($1::INTEGER IS NULL OR year = $1)
		 ORDER BY year, article, offence, measure`,
		[year ?? null]
	);
}
