// The project's own published-figures table (data/published, committed with the repository),
// read with the pipeline's reader and mapped to the scenario library's input shape.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPublishedFigures } from '../../../pipelines/sources/published/read';
import type { PublishedPoint } from '../../../src/lib/scenario';

export function publishedPoints(): PublishedPoint[] {
	return ['kz-published-figures.csv', 'founding-papers.csv'].flatMap((f) =>
		readPublishedFigures(readFileSync(resolve('data/published', f)), f).map((r) => ({
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
