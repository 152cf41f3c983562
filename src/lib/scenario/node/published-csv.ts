// Node entry point (not exported from index.ts): the project's published-figures table
// (data/published/*.csv) read with the pipeline's reader, in the scenario library's input
// shape. The bench, the notebook and the tests use it; the web tier reads the same rows from
// the warehouse (published_figure).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readPublishedFigures } from '../../../../pipelines/sources/published/read';
import type { PublishedPoint } from '../types';

export function readPublishedPoints(dir = resolve('data/published')): PublishedPoint[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.csv'))
		.sort()
		.flatMap((f) =>
			readPublishedFigures(readFileSync(join(dir, f)), f).map((r) => ({
				id: r.id,
				indicator: r.indicator,
				region: r.region_code,
				start: r.period_start,
				end: r.period_end,
				value: r.value,
				unit: r.unit,
				url: r.source_url,
				quote: r.source_quote
			}))
		);
}
