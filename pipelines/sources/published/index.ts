/**
 * The project's own published-figures table (data/published/*.csv): figures from official
 * releases and the press, each with URL, date and quote. Detected by its exact header.
 */
import type { SourceReader } from '../types.ts';
import { PUBLISHED_COLUMNS } from './schema.ts';
import { readPublishedFigures } from './read.ts';
import { loadPublishedFigures } from './load.ts';

export { readPublishedFigures } from './read.ts';
export { loadPublishedFigures } from './load.ts';
export {
	checkPublishedFigures,
	recheckPublishedFigures,
	RULE_TOTAL_NEQ_SUM,
	type PublishedFinding
} from './check.ts';
export { PUBLISHED_COLUMNS, type PublishedFigure } from './schema.ts';

export const publishedSource: SourceReader = {
	kind: 'published',
	detect(name, bytes) {
		if (!/\.csv$/i.test(name)) return false;
		const head = new TextDecoder().decode(bytes.subarray(0, 400)).replace(/^\uFEFF/, '');
		return head.split(/\r?\n/)[0].trim() === PUBLISHED_COLUMNS.join(',');
	},
	async load(conn, name, bytes, sha256) {
		const rows = readPublishedFigures(bytes, name);
		const n = await loadPublishedFigures(conn, rows, sha256);
		return { rows: n, title: null, regionCode: null, period: null, modified: null };
	}
};
