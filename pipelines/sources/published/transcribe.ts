/**
 * One-off transcription of the compiled published-figures file (../shared/data/published/
 * kz-published-figures.csv) into our own table data/published/kz-published-figures.csv:
 * our column order, ISO region codes, a stable id per row. Kept so the step can be redone
 * (and reviewed) when the compilation grows: `npx tsx pipelines/sources/published/transcribe.ts`.
 * Values, units, URLs, dates and quotes are copied as published, never adjusted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveRegion } from '../../../src/lib/domain/regions.ts';
import { formatCsvLine, parseCsv } from '../csv-table.ts';
import { PUBLISHED_COLUMNS } from './schema.ts';

/** Labels resolveRegion cannot name on its own, with why we map them the way we do. */
const LABEL_OVERRIDES: Record<string, { code: string | null; note: string }> = {
	'South Kazakhstan region (pre-2018)': {
		code: 'KZ-61',
		note: 'region code: pre-2018 South Kazakhstan (Turkistan Region with Shymkent), KZ-61 predecessor territory'
	},
	'Uralsk city (West Kazakhstan region centre)': {
		code: null,
		note: 'region code: none (a city inside KZ-27, not a region of its own)'
	}
};

export function transcribePublished(sourceCsv: Uint8Array, file: string): string {
	const { header, records } = parseCsv(sourceCsv, file);
	const col = (name: string) => {
		const i = header.indexOf(name);
		if (i < 0) throw new Error(`${file}: no column ${name}`);
		return i;
	};
	const lines = [PUBLISHED_COLUMNS.join(',')];
	records.forEach(({ line, cells }, n) => {
		const label = cells[col('region')].trim();
		const override = LABEL_OVERRIDES[label];
		const code = override ? override.code : (resolveRegion(label)?.code ?? undefined);
		if (code === undefined)
			throw new Error(`${file}, line ${line}: region «${label}» cannot be named`);
		const notes = [cells[col('notes')].trim(), override?.note].filter(Boolean).join('; ');
		lines.push(
			formatCsvLine([
				`kzpf-${String(n + 1).padStart(3, '0')}`,
				cells[col('indicator')].trim(),
				code,
				label,
				cells[col('period_start')].trim(),
				cells[col('period_end')].trim(),
				cells[col('value')].trim(),
				cells[col('unit')].trim(),
				cells[col('source_url')].trim(),
				cells[col('source_date')].trim(),
				cells[col('source_quote')].trim(),
				notes
			])
		);
	});
	return lines.join('\n') + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
	const from = resolve(process.argv[2] ?? '../shared/data/published/kz-published-figures.csv');
	const to = resolve(process.argv[3] ?? 'data/published/kz-published-figures.csv');
	writeFileSync(to, transcribePublished(readFileSync(from), from));
	console.error(`transcribed ${from} → ${to}`);
}
