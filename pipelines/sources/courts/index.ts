/**
 * The court-outcomes source (Criminal Code articles 120–124, 2016–2023): detected by its
 * header, not its file name.
 */
import type { SourceReader } from '../types.ts';
import { COURTS_KEY_COLUMN, readCourtOutcomes } from './read.ts';
import { loadCourtOutcomes } from './load.ts';

export { readCourtOutcomes, resolveOffenceKey } from './read.ts';
export type { CourtOutcomeRow } from './schema.ts';

export const courtsSource: SourceReader = {
	kind: 'courts',
	detect(name, bytes) {
		if (!/\.csv$/i.test(name)) return false;
		const head = new TextDecoder().decode(bytes.subarray(0, 400)).replace(/^\uFEFF/, '');
		return head.startsWith(`${COURTS_KEY_COLUMN},`) && head.includes('amnt_osuzhden');
	},
	async load(conn, name, bytes, sha256) {
		const rows = readCourtOutcomes(bytes, name);
		const n = await loadCourtOutcomes(conn, rows, sha256);
		return { rows: n, title: null, regionCode: 'KZ', period: null, modified: null };
	}
};
