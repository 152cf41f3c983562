/**
 * The body of GET /api/v1/forecast: the observed series, the forecast with its 80/95 %
 * bounds, the model card (every candidate's backtest), the chosen method and why, what the
 * forecast was fitted on (years, series hash) and the source line (data hash, synthetic).
 * Sentences (description, reason, notes) are in the request's language, in the page's words
 * (i18n/forecast-text.ts); keys and ids (`method`, `reasonCode`) stay English.
 */
import { translator, type Lang } from '../../i18n';
import { formatSourceLine } from '../../charts';
import type { FanRow } from '../../forecast';
import type { SourceInfo } from '../../dataset';
import type { ViewQuery } from '../params';
import {
	methodDescription,
	methodNote,
	methodReason,
	reasonCode,
	type ReasonCode
} from '../../i18n/forecast-text';
import { provenanceLine } from './datasets';
import { seriesLabel } from './series';
import type { ForecastView } from './view';

export interface ForecastBody {
	series: { id: string; label: string; region: string; regionName: string };
	request: { h: number; method: string };
	/** The chosen method's id (the registry's, as in `?method=`). */
	method: string | null;
	/** Why it was chosen, in the request's language. */
	reason: string | null;
	/** The reason's id; null when the library wrote a reason not known to forecast-text.ts. */
	reasonCode: ReasonCode | null;
	/** The fitted model in the request's language. */
	description: string | null;
	fittedOn: { from: string; to: string; n: number; hash: string } | null;
	observed: { period: string; value: number }[];
	forecast: FanRow[];
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

/** The body for a computed view: the source line exactly as the chart and CSV carry it. */
export function forecastJson(view: ForecastView, q: ViewQuery, lang: Lang): ForecastBody {
	const tr = translator(lang);
	const { result: r, source } = view;
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
		reason: f ? methodReason(f.reason, lang) : null,
		reasonCode: f ? reasonCode(f.reason) : null,
		description: f ? methodDescription(f.description, lang) : null,
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
		notes: (f?.notes ?? []).map((n) => methodNote(n, lang)),
		refusal: r.refusal,
		source,
		sourceLine: formatSourceLine(source, tr),
		synthetic: source.synthetic
	};
}
