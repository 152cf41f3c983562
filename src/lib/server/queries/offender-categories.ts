/**
 * Offender categories, damage and penitentiary crime from Form 1-M, row 1 («всего»):
 * R2 графа 1 finished, графа 3 by juveniles, графа 5 by previously offending persons;
 * R4 графа 1 damage established, графа 7 recovered (thousand tenge); R5 графа 2
 * registered offences by persons serving a sentence, графы 3–12 by type of institution.
 */
import { cachedQuery } from '../db';

export interface SectionCell {
	region: string;
	period: string;
	section: string;
	grafa: string;
	label: string;
	value: number;
}

/** Row-1 cells of R2, R4 and R5 for one period (all regions) or all periods (one region). */
export async function sectionTotals(opts: {
	period?: string | null;
	region?: string | null;
}): Promise<SectionCell[]> {
	return cachedQuery<SectionCell>(
		`SELECT region_code AS region, period, section, grafa, any_value(column_label) AS label,
		        sum(value) AS value
		 FROM v_form_cell
		 WHERE form = '1-M' AND row_code = '1'
		   AND ((section = 'R2' AND grafa IN ('1','3','5'))
		     OR (section = 'R4' AND grafa IN ('1','7'))
		     OR (section = 'R5' AND grafa IN ('2','3','4','5','6','7','8','9','10','11','12')))
		   AND ($1::TEXT IS NULL OR period = $1) AND ($2::TEXT IS NULL OR region_code = $2)
		 GROUP BY ALL ORDER BY period, region_code, section, grafa`,
		[opts.period ?? null, opts.region ?? null]
	);
}

export function pick(
	cells: SectionCell[],
	region: string,
	period: string,
	section: string,
	grafa: string
): number | null {
	return (
		cells.find(
			(c) =>
				c.region === region && c.period === period && c.section === section && c.grafa === grafa
		)?.value ?? null
	);
}
