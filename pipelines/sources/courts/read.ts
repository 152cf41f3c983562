/**
 * Court outcomes CSV → long rows (article, offence, year, measure, value). The offence key's
 * numeric suffix drifts with the year (rape120 in 2016, rape121 in 2017 …), so the article is
 * taken from the offence word, never from the suffix.
 */
import { InputError } from '../../forms/types.ts';
import { parseCsv } from '../csv-table.ts';
import {
	OFFENCE_ARTICLES,
	SUBTOTAL_ARTICLES,
	courtKeySchema,
	measureSchema,
	yearSchema,
	type CourtOutcomeRow
} from './schema.ts';

export const COURTS_KEY_COLUMN = 'type_of_punish';

/** Split 'try_rape121' into the offence word 'try_rape' and the article it stands for. */
export function resolveOffenceKey(key: string): { offence: string; article: string } | null {
	const offence = key.replace(/\d+$/, '');
	const hasSuffix = offence !== key;
	if (hasSuffix && OFFENCE_ARTICLES[offence])
		return { offence, article: OFFENCE_ARTICLES[offence] };
	if (!hasSuffix && SUBTOTAL_ARTICLES[offence]) {
		return { offence: `${offence}_total`, article: SUBTOTAL_ARTICLES[offence] };
	}
	return null;
}

export function readCourtOutcomes(bytes: Uint8Array, file: string): CourtOutcomeRow[] {
	const { header, records } = parseCsv(bytes, file);
	if (header[0] !== COURTS_KEY_COLUMN || header[header.length - 1] !== 'year') {
		throw new InputError(
			'courtsHeader',
			{ file, key: COURTS_KEY_COLUMN },
			{ file, cell: 'line 1' }
		);
	}
	const measures = header.slice(1, -1);
	const rows: CourtOutcomeRow[] = [];
	for (const { line, cells } of records) {
		const where = (col: string) => ({ file, cell: `line ${line}, column ${col}` });
		const key = courtKeySchema.safeParse(cells[0].trim());
		const resolved = key.success ? resolveOffenceKey(key.data) : null;
		if (!key.success || !resolved) {
			throw new InputError('courtsKey', { file, line, key: cells[0] }, where(COURTS_KEY_COLUMN));
		}
		const year = yearSchema.safeParse(cells[cells.length - 1].trim());
		if (!year.success) {
			throw new InputError(
				'courtsYear',
				{ file, line, year: cells[cells.length - 1] },
				where('year')
			);
		}
		measures.forEach((measure, i) => {
			const raw = cells[i + 1].trim();
			const value = measureSchema.safeParse(raw);
			if (!value.success) {
				throw new InputError('courtsCount', { file, line, measure, value: raw }, where(measure));
			}
			rows.push({
				article: resolved.article,
				offence: resolved.offence,
				year: year.data,
				measure,
				value: value.data,
				sourceKey: key.data,
				sourceRow: line
			});
		});
	}
	return rows;
}
