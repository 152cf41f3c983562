/**
 * The options a filter bar offers (periods held, regions, indicators, offence groups),
 * with labels in the page's language.
 */
import { CURRENT_REGIONS } from '../domain/regions';
import { translator, type Lang, type MessageKey } from '../i18n';
import { FORECAST_HORIZONS, FORECAST_METHODS, INDICATORS, type ViewQuery } from './params';
import { CODE_CHAPTERS, chapterShort, chapterTitle } from '../domain/criminal-code';
import { OFFENCE_GROUPS } from './queries/registered-offences';
import { periodContext } from './datasets/context';
import type { FilterOptions } from '../dataset';
import { methodName } from '../i18n/forecast-text';

export async function filterOptions(q: ViewQuery, lang: Lang): Promise<FilterOptions> {
	const tr = translator(lang);
	const ctx = await periodContext(q).catch(() => ({ periods: [], period: null }));
	return {
		periods: [...ctx.periods]
			.reverse()
			.map((p) => ({ value: p.period, label: tr.period(p.period) })),
		regions: CURRENT_REGIONS.map((r) => ({ value: r.code, label: r[lang] })).sort((a, b) =>
			a.label.localeCompare(b.label, lang)
		),
		indicators: INDICATORS.map((i) => ({
			value: i,
			label: i === 'count' ? tr.t('ind.count') : tr.t(`ind.${i}` as MessageKey)
		})),
		groups: OFFENCE_GROUPS.map((g) => ({ value: g, label: tr.t(`ind.${g}` as MessageKey) })),
		series: [
			...(['all', 'crimes', 'misdemeanours'] as const).map((g) => ({
				value: g,
				label: tr.t(`ind.${g}`)
			})),
			// Short names keep the select as narrow as a phone (issue 17: the longest title made
			// /forecasts 863–1124 px wide); the whole title is the option's tooltip and the chart's.
			...CODE_CHAPTERS.map((c) => ({
				value: `ch${c.n}`,
				label: chapterShort(c.n, lang),
				title: chapterTitle(c.n, lang)
			}))
		],
		horizons: FORECAST_HORIZONS.map((h) => ({ value: String(h), label: String(h) })),
		methods: FORECAST_METHODS.map((m) => ({
			value: m,
			label: m === 'auto' ? tr.t('fc.method_auto') : methodName(m, lang)
		})),
		period: ctx.period
	};
}
