/**
 * The open-data portal's Form 1-M (gp_od_service_1m) as a source: a saved JSON response is
 * imported like a workbook; `fetchOpendata1m` gets one from the portal (never by default).
 */
import type { SourceReader } from '../types.ts';
import { readOpendataResponse } from './read.ts';
import { loadOpendataCells } from './load.ts';
import { OPENDATA_DATASET } from './schema.ts';

export { parseOpendata1m, readOpendataResponse, periodOfDate } from './read.ts';
export { fetchOpendata1m, type FetchOpendataOptions } from './fetch.ts';
export type { OpendataCell, OpendataRecord } from './schema.ts';

export const opendataSource: SourceReader = {
	kind: 'opendata-1m',
	detect(name, bytes) {
		if (!/\.json$/i.test(name)) return false;
		const head = new TextDecoder().decode(bytes.subarray(0, 2000)).trimStart();
		return (
			head.includes(`"${OPENDATA_DATASET}"`) ||
			(head.startsWith('[') && /"(razdel|shifr)"/.test(head))
		);
	},
	async load(conn, name, bytes, sha256) {
		const cells = readOpendataResponse(bytes, name);
		const n = await loadOpendataCells(conn, cells, sha256);
		const regions = new Set(cells.map((c) => c.regionCode));
		const periods = new Set(cells.map((c) => c.period));
		return {
			rows: n,
			title: null,
			regionCode: regions.size === 1 ? [...regions][0] : null,
			period: periods.size === 1 ? [...periods][0] : null,
			modified: null
		};
	}
};
