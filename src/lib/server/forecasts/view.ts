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

export async function forecastView(q: ViewQuery, tr: Translator): Promise<ForecastView> {
	const result = await computeForecast(q, tr);
	const source = await forecastSource(result, tr, q);
	return {
		result,
		source,
		series: seriesDataset(result, q, tr, source),
		card: cardDataset(result, q, tr, source)
	};
}
