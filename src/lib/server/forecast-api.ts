/**
 * The body of GET /api/v1/forecast: the observed series, the forecast with its 80/95 %
 * bounds, the model card (every candidate's backtest), the chosen method and why, what the
 * forecast was fitted on (years, series hash) and the source line (data hash, synthetic).
 */
import { translator, type Lang } from '../i18n';
import { formatSourceLine } from '../charts';
import type { SourceInfo } from '../dataset';
import type { ViewQuery } from './params';
import { buildDataset } from './view';
import { computeForecast, provenanceLine, seriesLabel } from './datasets/forecasts';

export interface ForecastBody {
	series: { id: string; label: string; region: string; regionName: string };
	request: { h: number; method: string };
	method: string | null;
	reason: string | null;
	description: string | null;
	fittedOn: { from: string; to: string; n: number; hash: string } | null;
	observed: { period: string; value: number }[];
	forecast: {
		period: string;
		h: number;
		mean: number;
		lo80: number | null;
		hi80: number | null;
		lo95: number | null;
		hi95: number | null;
	}[];
	backtest: {
		origins: number;
		coverage: Record<string, number | null>;
		byMethod: { method: string; mase: number | null; smape: number | null; n: number }[];
	} | null;
	breaks: string[];
	provenance: string;
	notes: string[];
	refusal: string | null;
	source: SourceInfo;
	sourceLine: string;
	synthetic: boolean;
}

const finite = (v: number) => (Number.isFinite(v) ? v : null);

export async function forecastJson(q: ViewQuery, lang: Lang): Promise<ForecastBody> {
	const tr = translator(lang);
	const r = await computeForecast(q, tr);
	// The source line (data hash, synthetic flag) exactly as the chart and CSV carry it.
	const ds = await buildDataset('forecast-series', q, lang);
	const source = ds!.source;
	const f = r.forecast;
	const o = r.observed;
	return {
		series: {
			id: q.series,
			label: seriesLabel(q.series, tr),
			region: q.region ?? 'KZ',
			regionName: q.region ? tr.region(q.region) : tr.t('label.country')
		},
		request: { h: q.h, method: q.method },
		method: f?.method ?? null,
		reason: f?.reason ?? null,
		description: f?.description ?? null,
		fittedOn:
			f && r.fan
				? { from: r.fan.fittedFrom, to: r.fan.fittedTo, n: f.fittedOn.n, hash: f.fittedOn.hash }
				: null,
		observed: o.years.map((y, i) => ({ period: String(y), value: o.values[i] })),
		forecast: r.fan?.rows ?? [],
		backtest: f
			? {
					origins: f.backtest.origins,
					coverage: Object.fromEntries(
						Object.entries(f.backtest.coverage).map(([k, v]) => [k, finite(v)])
					),
					byMethod: f.backtest.byMethod.map((m) => ({
						method: m.method,
						mase: finite(m.mase),
						smape: finite(m.smape),
						n: m.n
					}))
				}
			: null,
		breaks: o.breaks,
		provenance: provenanceLine(r, tr),
		notes: f?.notes ?? [],
		refusal: r.refusal,
		source,
		sourceLine: formatSourceLine(source, tr),
		synthetic: source.synthetic
	};
}
