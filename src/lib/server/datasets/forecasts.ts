/**
 * The forecast datasets in the registry (/forecasts, the region profile, the offences page and
 * /api/v1/data/forecast-*): each is one half of a forecast view (server/forecasts/), which
 * assembles the series, forecasts it (cached) and builds both datasets from one computation.
 */
import type { Dataset } from '../../dataset';
import type { Translator } from '../../i18n';
import type { ViewQuery } from '../params';
import { forecastView } from '../forecasts/view';

export async function forecastSeriesDataset(q: ViewQuery, tr: Translator): Promise<Dataset> {
	return (await forecastView(q, tr)).series;
}

export async function forecastCardDataset(q: ViewQuery, tr: Translator): Promise<Dataset> {
	return (await forecastView(q, tr)).card;
}
