/**
 * The one name of every downloaded file, whatever the format and whichever button or endpoint
 * made it: `sarapshy-<view>-<region>-<period>.<ext>`. The server's Content-Disposition and the
 * browser's PNG download both call `exportFileName`, so a chart's SVG, PNG, CSV and XLSX sit
 * side by side in a downloads folder under one stem.
 */

/** What a name is made of: a dataset (id, the query that reproduces it, its source period). */
export interface Nameable {
	id: string;
	query: string;
	source: { period: string };
}

const PERIOD = /^\d{4}(-\d{2})?([–-]\d{4}(-\d{2})?)?$/;

/** A part of a file name: lower case, letters, digits and hyphens only. */
function slug(s: string): string {
	return s
		.toLowerCase()
		.replace(/[^a-z0-9-]+/g, '-')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * The region part: the ISO code of the filtered region (`kz-75`), or `kz` for the whole
 * country; the period part: the filtered period, else the dataset's own span (`2015-2022`),
 * else `all`.
 */
export function exportStem(view: string, region: string | null, period: string | null): string {
	const r = region ? slug(region) : 'kz';
	const p = period && PERIOD.test(period) ? period.replace('–', '-') : 'all';
	return `sarapshy-${slug(view) || 'data'}-${r || 'kz'}-${p}`;
}

export function exportFileName(ds: Nameable, ext: string): string {
	const q = new URLSearchParams(ds.query);
	const period = q.get('period') ?? ds.source.period;
	return `${exportStem(ds.id, q.get('region'), period)}.${ext}`;
}
