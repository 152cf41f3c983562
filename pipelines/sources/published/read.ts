/**
 * data/published/*.csv → typed published figures. Every row must name its source and quote
 * it; an id must be unique within the file.
 */
import { InputError } from '../../forms/types.ts';
import { parseCsv } from '../csv-table.ts';
import { PUBLISHED_COLUMNS, publishedRowSchema, type PublishedFigure } from './schema.ts';

export function readPublishedFigures(bytes: Uint8Array, file: string): PublishedFigure[] {
	const { header, records } = parseCsv(bytes, file);
	if (header.join(',') !== PUBLISHED_COLUMNS.join(',')) {
		throw new InputError(
			'publishedHeader',
			{ file, columns: [...PUBLISHED_COLUMNS] },
			{ file, cell: 'line 1' }
		);
	}
	const seen = new Map<string, number>();
	return records.map(({ line, cells }) => {
		const raw = Object.fromEntries(PUBLISHED_COLUMNS.map((c, i) => [c, cells[i].trim()]));
		const parsed = publishedRowSchema.safeParse(raw);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			const column = String(issue.path[0] ?? '');
			throw new InputError(
				'publishedValue',
				{ file, line, column, value: raw[column] ?? '', detail: issue.message },
				{ file, cell: `line ${line}, column ${column}` }
			);
		}
		const row = parsed.data;
		const previous = seen.get(row.id);
		if (previous !== undefined) {
			throw new InputError(
				'publishedDuplicateId',
				{ file, line, id: row.id, previous },
				{ file, cell: `line ${line}, column id` }
			);
		}
		seen.set(row.id, line);
		if (row.period_start && row.period_end && row.period_end < row.period_start) {
			throw new InputError(
				'publishedPeriodOrder',
				{ file, line, start: row.period_start, end: row.period_end },
				{ file, cell: `line ${line}, column period_end` }
			);
		}
		return row;
	});
}
