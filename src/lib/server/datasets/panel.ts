/**
 * One panel of a page — a chart and the table behind it — assembled from what differs
 * between panels. The parts every panel shares live here once: the source line is looked up
 * from the forms, regions and period the figures rest on; a chart is drawn only when there
 * are rows to draw; the note's sentences are joined in one way. Dataset modules say what
 * their panel shows, not how a Dataset is put together.
 */
import type { ChartSpec, Column, Coverage, Dataset, FindingMark, Row } from '../../dataset';
import type { Translator } from '../../i18n';
import { sourceInfo } from '../queries/source-info';

export interface PanelParts {
	id: string;
	title: string;
	columns: Column[];
	rows: Row[];
	/** Drawn only when there are rows to draw (`chartRows` if given, else `rows`). */
	chart?: ChartSpec;
	/** Rows the chart draws when they differ from the table's (e.g. long form). */
	chartRows?: Row[];
	/** Sentences of the note; empty ones are left out. */
	notes?: (string | null | undefined | false)[];
	/** What the figures rest on: the forms, the regions in words, the period ('' or null: none). */
	source: { forms: string[]; regions: string; period: string | null };
	/** Query string that reproduces the panel through /api/v1/data/<id>.<format>. */
	query: string;
	/** Where a national figure is a sum of regions: which (see ./coverage.ts). */
	coverage?: Coverage[];
	/** Findings in the sections the figures come from (see ./coverage.ts). */
	findings?: FindingMark[];
}

export async function panel(p: PanelParts): Promise<Dataset> {
	const drawn = p.chartRows ?? p.rows;
	const note = (p.notes ?? []).filter(Boolean).join(' ');
	return {
		id: p.id,
		title: p.title,
		columns: p.columns,
		rows: p.rows,
		...(p.chart && drawn.length ? { chart: p.chart } : {}),
		...(p.chartRows ? { chartRows: p.chartRows } : {}),
		...(note ? { note } : {}),
		...(p.coverage?.length ? { coverage: p.coverage } : {}),
		...(p.findings?.length ? { findings: p.findings } : {}),
		source: await sourceInfo({ ...p.source, period: p.source.period ?? '' }),
		query: p.query
	};
}

/** «Title — period», or the title alone when the warehouse holds no period. */
export function forPeriod(title: string, period: string | null, tr: Translator): string {
	return period ? `${title} — ${tr.period(period)}` : title;
}

/** Counts over time, one line per `series`, breaks drawn: the chart of every yearly series. */
export function countsOverTime(tr: Translator): ChartSpec {
	return {
		kind: 'timeSeries',
		x: 'date',
		y: 'value',
		series: 'series',
		yLabel: tr.t('ind.count'),
		events: true
	};
}

/** Horizontal bars ranked by `value`; `highlight` names a boolean column drawn apart (the country). */
export function ranking(
	label: string,
	value: string,
	xLabel: string,
	highlight?: string
): ChartSpec {
	return { kind: 'barRanking', label, value, xLabel, ...(highlight ? { highlight } : {}) };
}
