/**
 * Which regions a sum of regions covers. The region table records each region's lineage
 * (valid_from, valid_to); the regions of a year are those valid in it, the country aside. A
 * sum over the covered ones says so: "16 of 20 regions", and names the others ("no data",
 * never zero).
 */

/**
 * @param {{region_code: string, region: string, kind: string, valid_from: string | null, valid_to: string | null}[]} regions
 *   every row of the region table (`SELECT code AS region_code, name_en AS region, kind, …`)
 * @param {string[]} coveredCodes the regions with a file among those read
 * @param {number} year
 */
export function regionCoverage(regions, coveredCodes, year) {
	const first = `${year}-01-01`;
	const last = `${year}-12-31`;
	const ofYear = regions
		.filter((g) => g.kind !== 'country')
		.filter(
			(g) =>
				(g.valid_from == null || g.valid_from <= last) &&
				(g.valid_to == null || g.valid_to >= first)
		)
		.sort((a, b) => a.region_code.localeCompare(b.region_code));
	const covered = new Set(coveredCodes);
	const missing = ofYear.filter((g) => !covered.has(g.region_code));
	const count = ofYear.length - missing.length;
	const label = `${count} of ${ofYear.length} regions`;
	return {
		covered: count,
		total: ofYear.length,
		missing,
		/** "16 of 20 regions" */
		label,
		/** "sum of 16 of 20 regions; not covered: Jetisu Region, …" (for captions) */
		note: `sum of ${label}${missing.length > 0 ? `; not covered: ${missing.map((m) => m.region).join(', ')}` : ''}`
	};
}
