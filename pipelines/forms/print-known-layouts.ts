/**
 * Prints known-layouts.ts from official workbooks: `npx tsx pipelines/forms/print-known-layouts.ts
 * <dir>… > pipelines/forms/known-layouts.ts`. Each section's positions, header digest and row-code
 * digest, once per distinct layout; a form whose workbooks disagree keeps every variant.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbook } from '../xlsx/index.ts';
import { findGrafyRow, findHeaderTop, makeGrid, toColumns } from './form-1m/grid.ts';
import { describeLayout, type KnownLayout } from './form-1m/known-layout.ts';
import { FORM_1M_SHEETS } from './form-1m/layout.ts';
import { FORM_SNG1_SECTIONS } from './form-sng1/layout.ts';
import { detectForm } from './index.ts';
import type { FormId } from './types.ts';

const found = new Map<string, KnownLayout[]>();
const sources: string[] = [];
for (const dir of process.argv.slice(2)) {
	for (const name of readdirSync(dir).filter((n) => /\.xlsx$/i.test(n))) {
		const wb = openWorkbook(new Uint8Array(readFileSync(join(dir, name))), name);
		const form = detectForm(wb.title) as FormId;
		const sections =
			form === '1-M'
				? FORM_1M_SHEETS.map((s) => ({ sheet: s, codesByOrder: false }))
				: FORM_SNG1_SECTIONS.map((s) => ({ sheet: s.sheet, codesByOrder: !!s.codesByOrder }));
		for (const { sheet, codesByOrder } of sections) {
			const s = wb.sheet(sheet);
			const cols = s.columns ?? toColumns(s);
			const layout = findGrafyRow(s, cols, name);
			const grid = makeGrid(s, cols, layout);
			const top = findHeaderTop(grid, layout.row, layout.labelFrom, layout.codeCol);
			const known = describeLayout(grid, cols, layout, top, codesByOrder);
			const key = `${form}\u0001${sheet}`;
			const list = found.get(key) ?? [];
			if (!list.some((k) => JSON.stringify(k) === JSON.stringify(known))) list.push(known);
			found.set(key, list);
		}
		sources.push(`${form} ${name}`);
	}
}

const out: Record<string, Record<string, KnownLayout[]>> = {};
for (const [key, list] of found) {
	const [form, sheet] = key.split('\u0001');
	(out[form] ??= {})[sheet] = list;
}
process.stdout.write(`/**
 * Section layouts of the official workbooks (see form-1m/known-layout.ts), printed by
 * print-known-layouts.ts from ${sources.length} workbooks (the 2022 Form 1-M and СНГ-1 reports of
 * the legal statistics portal). Digests only: no label text and no figure of any report.
 */
import type { KnownLayout } from './form-1m/known-layout.ts';
import type { FormId } from './types.ts';

export const KNOWN_LAYOUTS: Readonly<Record<FormId, Readonly<Record<string, readonly KnownLayout[]>>>> = ${JSON.stringify(out, null, '\t')};
`);
