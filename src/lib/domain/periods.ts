/**
 * Reporting periods. Official forms are cumulative from January: «2023-03» is January–March
 * 2023; a whole year is written «2022» (the same as «2022-12», which we normalise to «2022»).
 * The period is never inside a workbook: it comes from where the file was downloaded.
 */

export interface Period {
	/** Canonical key: «2022» for the whole year, «2023-03» for January–March. */
	key: string;
	year: number;
	/** Last month covered (1–12); the period always starts in January. */
	monthTo: number;
	start: string;
	end: string;
}

const PERIOD_RE = /^(\d{4})(?:-(\d{2}))?$/;

/**
 * A period that cannot be read: which way (`kind`) and the text, so an importer can say it in
 * the page's language (i18n/features/import-refusals.ts: periodNotUnderstood, periodOutOfRange).
 */
export class PeriodError extends Error {
	constructor(
		readonly kind: 'notUnderstood' | 'outOfRange',
		readonly text: string
	) {
		super(
			kind === 'notUnderstood'
				? `period «${text}» is not understood: write YYYY for a whole year (2022) or YYYY-MM for January to that month (2023-03)`
				: `period «${text}» is out of range (years 1991–2100, months 01–12)`
		);
		this.name = 'PeriodError';
	}
}

/** Parse «2022», «2023-03» (or «2022-12», normalised to «2022»). Throws a PeriodError. */
export function parsePeriod(text: string): Period {
	const m = PERIOD_RE.exec(text.trim());
	if (!m) throw new PeriodError('notUnderstood', text);
	const year = Number(m[1]);
	const monthTo = m[2] ? Number(m[2]) : 12;
	if (year < 1991 || year > 2100 || monthTo < 1 || monthTo > 12) {
		throw new PeriodError('outOfRange', text);
	}
	const key = monthTo === 12 ? String(year) : `${year}-${String(monthTo).padStart(2, '0')}`;
	const lastDay = new Date(Date.UTC(year, monthTo, 0)).getUTCDate();
	return {
		key,
		year,
		monthTo,
		start: `${year}-01-01`,
		end: `${year}-${String(monthTo).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`
	};
}

/** The same period of the previous year (АППГ): «2023-03» → «2022-03». */
export function samePeriodLastYear(key: string): string {
	const p = parsePeriod(key);
	return parsePeriod(
		p.monthTo === 12 ? String(p.year - 1) : `${p.year - 1}-${String(p.monthTo).padStart(2, '0')}`
	).key;
}

/** The cumulative report just before this one in the same year, or null for January. */
export function previousCumulative(key: string): string | null {
	const p = parsePeriod(key);
	if (p.monthTo === 1) return null;
	return `${p.year}-${String(p.monthTo - 1).padStart(2, '0')}`;
}
