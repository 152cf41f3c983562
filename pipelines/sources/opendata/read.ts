/**
 * Parses the portal's Form 1-M records into form_cell rows. Region names are resolved with
 * resolveRegion; the period comes from the record or from the `date` the response was
 * requested for (the form itself never states it). Bad records are refused with where they are.
 */
import { InputError } from '../../forms/types.ts';
import { resolveRegion } from '../../../src/lib/domain/regions.ts';
import { parsePeriod } from '../../../src/lib/domain/periods.ts';
import { periodRefusal } from '../../stages/identify.ts';
import {
	FIELD_ALIASES,
	GRAFA_FIELD,
	savedResponseSchema,
	type OpendataCell,
	type OpendataRecord
} from './schema.ts';

function field(rec: OpendataRecord, name: keyof typeof FIELD_ALIASES): string | null {
	for (const alias of FIELD_ALIASES[name]) {
		const v = rec[alias];
		if (v !== undefined && v !== null && String(v).trim() !== '') return String(v).trim();
	}
	return null;
}

/** A record's date that is no date at all (a period out of range is parsePeriod's refusal). */
class NotADate extends Error {}

/** '2022-12-01', '2022-12' or '2022' → our period key ('2022'). */
export function periodOfDate(date: string): string {
	const m = /^(\d{4})(?:-(\d{2}))?/.exec(date.trim());
	if (!m) throw new NotADate(`date «${date}» is not YYYY, YYYY-MM or YYYY-MM-DD`);
	return parsePeriod(m[2] ? `${m[1]}-${m[2]}` : m[1]).key;
}

export function parseOpendata1m(
	records: OpendataRecord[],
	file: string,
	date: string | null = null
): OpendataCell[] {
	const cells: OpendataCell[] = [];
	records.forEach((rec, i) => {
		const where = (what: string) => ({ file, cell: `record ${i + 1}${what ? `, ${what}` : ''}` });
		const missing = (field: 'section' | 'rowCode' | 'region' | 'period') =>
			new InputError(
				'opendataMissingField',
				{ file, record: i + 1, field, fields: Object.keys(rec) },
				where('')
			);
		const section = field(rec, 'section');
		const rowCode = field(rec, 'rowCode');
		const regionName = field(rec, 'region');
		if (!section) throw missing('section');
		if (!rowCode) throw missing('rowCode');
		if (!regionName) throw missing('region');
		const region = resolveRegion(regionName);
		if (!region) {
			throw new InputError(
				'opendataRegionUnknown',
				{ file, record: i + 1, region: regionName },
				where('region')
			);
		}
		const when = field(rec, 'period') ?? date;
		if (!when) throw missing('period');
		let period: string;
		try {
			period = periodOfDate(when);
		} catch (e) {
			if (e instanceof NotADate)
				throw new InputError(
					'opendataBadDate',
					{ file, record: i + 1, date: when },
					where('period')
				);
			throw periodRefusal(e, file, i + 1, where('period'));
		}
		const rowLabel = field(rec, 'rowLabel') ?? '';
		const article = /\(ст\.\s*(\d+(?:-\d+)?)\.?\)/.exec(rowLabel)?.[1] ?? null;
		const chapter = /^Глава\s+(\d+)\./.exec(rowLabel)?.[1] ?? null;
		for (const [key, raw] of Object.entries(rec)) {
			const g = GRAFA_FIELD.exec(key);
			if (!g || raw === null || raw === '') continue;
			const value = typeof raw === 'number' ? raw : Number(String(raw).replace(',', '.'));
			if (!Number.isFinite(value)) {
				throw new InputError(
					'opendataNotNumber',
					{ file, record: i + 1, key, value: String(raw) },
					where(key)
				);
			}
			cells.push({
				form: '1-M',
				section,
				rowCode,
				rowLabel: [rowLabel],
				article,
				chapter,
				grafa: String(Number(g[1])),
				columnLabel: [],
				regionCode: region.code,
				period,
				value,
				cell: `record ${i + 1}.${key}`
			});
		}
	});
	return cells;
}

/** A saved response file: a bare array of records or `{dataset, date, records}`. */
export function readOpendataResponse(bytes: Uint8Array, file: string): OpendataCell[] {
	let json: unknown;
	try {
		json = JSON.parse(new TextDecoder().decode(bytes));
	} catch (e) {
		throw new InputError('notJson', { file, detail: (e as Error).message }, { file });
	}
	const parsed = savedResponseSchema.safeParse(json);
	if (!parsed.success) {
		throw new InputError('notOpendata', { file, detail: parsed.error.issues[0].message }, { file });
	}
	const body = parsed.data;
	return Array.isArray(body)
		? parseOpendata1m(body, file)
		: parseOpendata1m(body.records, file, body.date);
}
