/**
 * A forecast view: the forecast of the query computed once, with its source line and both
 * datasets, so that a page, the dataset API and /api/v1/forecast each compute it once per
 * request and show the same thing.
 */
import type { Dataset, SourceInfo } from '../../dataset';
import type { Translator } from '../../i18n';
import { sourceInfo } from '../queries/source-info';
import type { ViewQuery } from '../params';
import { computeForecast, type ForecastResult } from './compute';
import { cardDataset, seriesDataset } from './datasets';
import { nationalCoverage } from '../datasets/coverage';
import { OFFENCE_GROUPS, type OffenceGroup } from '../queries/registered-offences';

export interface ForecastView {
	result: ForecastResult;
	source: SourceInfo;
	/** The fan chart and its table (dataset id forecast-series). */
	series: Dataset;
	/** The model card (dataset id forecast-card). */
	card: Dataset;
}

async function forecastSource(
	r: ForecastResult,
	tr: Translator,
	q: ViewQuery
): Promise<SourceInfo> {
	const o = r.observed;
	const src = await sourceInfo({
		forms: o.forms,
		regions: q.region ? tr.region(q.region) : tr.t('label.country'),
		period: o.years.length ? `${o.years[0]}–${o.years[o.years.length - 1]}` : ''
	});
	return { ...src, synthetic: src.synthetic || o.synthetic };
}

/**
 * A national series is a sum of regions when the republic's workbook is missing: both
 * panels then say which regions each year sums (and the published republic figure beside,
 * for the series that have one), as every other national figure does.
 */
async function forecastCoverage(r: ForecastResult, q: ViewQuery, tr: Translator) {
	if (q.region || !r.observed.partial) return [];
	const groups = (OFFENCE_GROUPS as string[]).includes(q.series) ? [q.series as OffenceGroup] : [];
	return nationalCoverage(r.observed.years.map(String), tr, groups);
}

export async function forecastView(q: ViewQuery, tr: Translator): Promise<ForecastView> {
	const result = await computeForecast(q, tr);
	const [source, coverage] = await Promise.all([
		forecastSource(result, tr, q),
		forecastCoverage(result, q, tr)
	]);
	const withCoverage = (ds: Dataset): Dataset =>
		coverage.length && ds.rows.length ? { ...ds, coverage } : ds;
	return {
		result,
		source,
		series: withCoverage(seriesDataset(result, q, tr, source)),
		card: withCoverage(cardDataset(result, q, tr, source))
	};
}
