/**
 * One panel of a page — a chart and the table behind it — assembled from what differs
 * between panels. The parts every panel shares live here once: the source line is looked up
 * from the forms, regions and period the figures rest on; a chart is drawn only when there
 * are rows to draw; the note's sentences are joined in one way. Dataset modules say what
 * their panel shows, not how a Dataset is put together.
 *
 * Few periods degrade honestly here, once for every panel: a time series with fewer than two
 * dates is a sentence, not a chart of one dot; a panel without rows says only why (its
 * `empty` reason), with no coverage, findings or source line for data it does not have.
 */
import type { ChartSpec, Column, Coverage, Dataset, FindingMark, Row } from '../../dataset';
import type { Translator } from '../../i18n';
import { datedPoints } from '../../charts/time-series';
import { distinctDates, isMidYear } from '../../charts/time-axis';
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
	/** Why there are no rows, in one sentence (default: no data for the selected period). */
	empty?: string;
}

/**
 * The sentence that stands for a time series with fewer than two dates (null: draw it).
 * One date: «the series has one period (2022)»; rows but no date: they are in the table.
 */
function tooShortForTime(chart: ChartSpec, drawn: Row[], tr: Translator): string | null {
	if (chart.kind !== 'timeSeries') return null;
	const xs = datedPoints(drawn, chart).map((d) => d.x);
	const n = distinctDates(xs);
	if (n >= 2) return null;
	if (n === 0) return tr.t('series.undated');
	const when = isMidYear(xs[0]) ? String(xs[0].getUTCFullYear()) : tr.date(xs[0]);
	return tr.t('series.one_period').replace('{period}', when);
}

/** A panel; `tr` is needed by a time-series panel (its sentence when it has too few dates). */
export async function panel(p: PanelParts, tr?: Translator): Promise<Dataset> {
	if (!p.rows.length) {
		// Nothing to cite: the source line names no forms, period or hash (see sourceInfo).
		return {
			id: p.id,
			title: p.title,
			columns: p.columns,
			rows: [],
			...(p.empty ? { note: p.empty } : {}),
			source: await sourceInfo({ forms: [], regions: p.source.regions, period: '' }),
			query: p.query
		};
	}
	const drawn = p.chartRows ?? p.rows;
	let chart = p.chart && drawn.length ? p.chart : undefined;
	let short: string | null = null;
	if (chart?.kind === 'timeSeries') {
		if (!tr) throw new Error(`panel ${p.id}: a time series needs the translator`);
		short = tooShortForTime(chart, drawn, tr);
		if (short) chart = undefined;
	}
	// Notes are sentences from several places, some without a full stop: close each one, so
	// that two never read as one («…нет данных за 2021 сумма регионов…»).
	const note = [short, ...(p.notes ?? [])]
		.filter((n): n is string => Boolean(n))
		.map((n) => (/[.!?…]$/.test(n.trim()) ? n.trim() : `${n.trim()}.`))
		.join(' ');
	return {
		id: p.id,
		title: p.title,
		columns: p.columns,
		rows: p.rows,
		...(chart ? { chart } : {}),
		...(chart && p.chartRows ? { chartRows: p.chartRows } : {}),
		...(note ? { note } : {}),
		...(p.coverage?.length ? { coverage: p.coverage } : {}),
		...(p.findings?.length ? { findings: p.findings } : {}),
		source: await sourceInfo({ ...p.source, period: p.source.period ?? '' }),
		query: p.query
	};
}

/** The years the rows cover, «2015–2022» or «2022» ('' for none): a source line's period. */
export function yearSpan(rows: Row[], key = 'year'): string {
	const ys = rows.map((r) => Number(r[key])).filter((y) => Number.isFinite(y) && y > 0);
	if (!ys.length) return '';
	const lo = Math.min(...ys);
	const hi = Math.max(...ys);
	return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** «Title — period», or the title alone when the warehouse holds no period. */
export function forPeriod(title: string, period: string | null, tr: Translator): string {
	return period ? `${title} — ${tr.period(period)}` : title;
}

/**
 * Counts over time, one line per `series`, breaks drawn: the chart of every yearly series.
 * `color` names the key that colours (and labels in the legend) several series alike.
 */
export function countsOverTime(tr: Translator, color?: string): ChartSpec {
	return {
		kind: 'timeSeries',
		x: 'date',
		y: 'value',
		series: 'series',
		yLabel: tr.t('ind.count'),
		events: true,
		...(color ? { color } : {})
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

/** Horizontal bars in the rows' own order (an ordinal scale: terms of imprisonment by length). */
export function orderedBars(label: string, value: string, xLabel: string): ChartSpec {
	return { kind: 'barRanking', label, value, xLabel, order: 'rows' };
}
