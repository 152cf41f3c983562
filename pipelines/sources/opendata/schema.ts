/**
 * Form 1-M as served by the open-data portal (data.egov.kz, data set `gp_od_service_1m`).
 * ASSUMED record shape (the portal documents "a JSON array of records with fields per
 * row/column"; no recorded response was available offline): one record per form row and
 * region, with the section, row code, row label, region name, optionally the period, and one
 * field per графа named `gr1`, `gr2`, … Field names are kept in this one file so that a real
 * response can be matched by editing the aliases, not the parser.
 */
import { z } from 'zod';
import type { FormCell } from '../../forms/types.ts';

export const OPENDATA_DATASET = 'gp_od_service_1m';
export const OPENDATA_BASE_URL = 'https://data.egov.kz/api/v4';

/** Aliases per logical field, first match wins. */
export const FIELD_ALIASES = {
	section: ['razdel', 'section', 'sheet'],
	rowCode: ['shifr', 'row_code', 'kod_stroki'],
	rowLabel: ['name', 'naimenovanie', 'row_label'],
	region: ['region', 'oblast', 'region_name'],
	period: ['period', 'date']
} as const;

/** A графа field: `gr1`, `gr_1`, `grafa1`, `grafa_1`. */
export const GRAFA_FIELD = /^gr(?:afa)?_?(\d+)$/i;

const scalar = z.union([z.string(), z.number(), z.null()]);
export const opendataRecordSchema = z.record(z.string(), scalar);
export type OpendataRecord = z.output<typeof opendataRecordSchema>;

/** Our saved form of a response: the records plus the `date` they were requested for. */
export const savedResponseSchema = z.union([
	z.array(opendataRecordSchema),
	z.object({
		dataset: z.literal(OPENDATA_DATASET),
		date: z.string(),
		records: z.array(opendataRecordSchema)
	})
]);

/** A form_cell row as produced from the portal (sheet = section, cell = record/field). */
export interface OpendataCell extends FormCell {
	form: '1-M';
	regionCode: string;
	period: string;
}
