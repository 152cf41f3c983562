/**
 * Prevention priorities (/priorities): regions ranked by a transparent composite of rate
 * above the national one, growth against АППГ, share of grave crimes and recidivism, with
 * weights from the URL, each component put on one scale by min–max or z-score (`score_method`);
 * which weights had no data and were dropped is said, and all-zero weights give no score
 * rather than «no data». And, within one region, the offence chapters that grew most.
 */
import type { Dataset, Row } from '../../dataset';
import { localLabel } from '../../domain/criminal-code';
import type { MessageKey, Translator } from '../../i18n';
import {
	changePct,
	priorityScores,
	sharePct,
	type PriorityScore,
	type PriorityWeights,
	type ScoreMethod
} from '../../domain/indicators';
import { offencesByArticle } from '../queries/offences-by-article';
import { toQueryString, type ViewQuery } from '../params';
import { periodContext, previousMissing, regionIndicators } from './context';
import { col } from './columns';
import { forPeriod, panel, ranking } from './panel';
import { nationalCoverage } from './coverage';

/** Each weight's label: the score names the components it could not use. */
const WEIGHT_LABEL: Record<keyof PriorityWeights, MessageKey> = {
	rate: 'priorities.w_rate',
	growth: 'priorities.w_growth',
	grave: 'priorities.w_grave',
	recid: 'priorities.w_recid',
	clear: 'priorities.w_clear'
};

/** Why a weighted component could not be used: no previous year (growth), or no region has it. */
export interface DroppedWeight {
	weight: keyof PriorityWeights;
	why: string;
}

/** The scores of the regions for the query, and what the weights did. */
export interface PriorityScoring {
	period: string | null;
	method: ScoreMethod;
	scored: PriorityScore[];
	/** Components with a weight above 0. */
	weighted: (keyof PriorityWeights)[];
	/** Weighted components no region has: left out of every score, each with its reason. */
	dropped: DroppedWeight[];
	/** Every weight is 0: there is no score to compute (said as such, not «no data»). */
	allZero: boolean;
}

/**
 * Scores the regions for the query (`score_method`, the weights) and says which weights had
 * no data and were dropped: the growth weight on a warehouse without the previous year (the
 * real 2022 one), any weight no region has. Used by the panel and by the page's weights note.
 */
export async function scorePriorities(q: ViewQuery, tr: Translator): Promise<PriorityScoring> {
	const ctx = await periodContext(q);
	const weights: PriorityWeights = {
		rate: q.w_rate,
		growth: q.w_growth,
		grave: q.w_grave,
		recid: q.w_recid,
		clear: q.w_clear
	};
	const weighted = (Object.keys(WEIGHT_LABEL) as (keyof PriorityWeights)[]).filter(
		(k) => (weights[k] ?? 0) > 0
	);
	const method = q.score_method;
	if (!ctx.period)
		return { period: null, method, scored: [], weighted, dropped: [], allZero: !weighted.length };
	const { regions, country } = await regionIndicators(ctx.period, 'all');
	const scored = priorityScores(
		regions.map((r) => ({
			code: r.code,
			rate: r.rate,
			nationalRate: country.rate,
			growth: r.change,
			graveShare: r.grave_share,
			recidivism: r.recidivism,
			clearance: r.clearance
		})),
		weights,
		method
	);
	// Growth needs the same period a year before: when the warehouse lacks it, that is the reason.
	const noPrevious = previousMissing(ctx, tr);
	const dropped = weighted
		.filter((k) => scored.every((s) => s.parts[k] === null))
		.map((k) => ({
			weight: k,
			why: k === 'growth' && noPrevious ? noPrevious : tr.t('prio.why_nodata')
		}));
	return { period: ctx.period, method, scored, weighted, dropped, allZero: !weighted.length };
}

/** The weights note of the page and the panel: all zero, dropped ones (why), those used. */
export function weightSentences(s: PriorityScoring, tr: Translator): string[] {
	if (s.allZero) return [tr.t('prio.all_zero')];
	const name = (k: keyof PriorityWeights) => tr.t(WEIGHT_LABEL[k]);
	const used = s.weighted.filter((k) => !s.dropped.some((d) => d.weight === k));
	return [
		...s.dropped.map((d) =>
			tr.t('prio.dropped').replace('{name}', name(d.weight)).replace('{why}', d.why)
		),
		used.length
			? tr.t('prio.used').replace('{names}', used.map(name).join(', '))
			: tr.t('prio.none_left')
	];
}

export async function prioritiesRegions(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const s = await scorePriorities(q, tr);
	const unused = s.dropped.map((d) => d.weight);
	const noScore = s.allZero || unused.length === s.weighted.length;
	const scoredRegions = s.scored.filter((r) => Object.values(r.parts).some((p) => p !== null));
	const rows: Row[] = [...s.scored]
		.sort((a, b) =>
			noScore
				? tr.region(a.code).localeCompare(tr.region(b.code), tr.lang)
				: (b.score ?? -Infinity) - (a.score ?? -Infinity)
		)
		.map((r, i) => ({
			region: tr.region(r.code),
			code: r.code,
			rank: r.score === null ? null : i + 1,
			score: r.score,
			rateExcess: r.rateExcess,
			growth: r.growth,
			graveShare: r.graveShare,
			recidivism: r.recidivism,
			clearance: r.clearance ?? null,
			// A weight only some regions lack is left out of those regions' scores: their row says so.
			without: scoredRegions.includes(r)
				? s.weighted
						.filter((k) => !unused.includes(k) && r.parts[k] === null)
						.map((k) => tr.t(WEIGHT_LABEL[k]))
						.join(', ') || null
				: null
		}));
	const zscore = s.method === 'zscore';
	const scoreLabel = zscore ? tr.t('prio.score_z') : tr.t('label.score');
	return panel({
		id: 'priorities-regions',
		title: forPeriod(tr.t('priorities.title'), s.period, tr),
		// The region first: its name is the link to the profile on the page.
		columns: [
			col.region(tr),
			...(noScore
				? []
				: [
						col.number('rank', tr.t('label.rank')),
						col.number('score', scoreLabel, zscore ? 2 : 1)
					]),
			col.signedPct('rateExcess', tr.t('priorities.w_rate') + ', %'),
			col.signedPct('growth', tr.t('priorities.w_growth') + ', %'),
			col.pct('graveShare', tr.t('ind.grave_share')),
			col.pct('recidivism', tr.t('ind.recidivism')),
			col.pct('clearance', tr.t('ind.clearance')),
			col.text('without', tr.t('clr.without'))
		],
		rows,
		...(noScore ? {} : { chart: ranking('region', 'score', scoreLabel) }),
		notes: [
			`${tr.t('priorities.caveat')} (${tr.t('label.weight')}: ${q.w_rate}/${q.w_growth}/${q.w_grave}/${q.w_recid}/${q.w_clear})`,
			tr.t(zscore ? 'prio.zscore_note' : 'prio.minmax_note'),
			tr.t('clr.w_clear_note'),
			...weightSentences(s, tr)
		],
		source: { forms: ['1-M', 'population'], regions: tr.t('filter.all'), period: s.period },
		query: toQueryString(q, [
			'period',
			'w_rate',
			'w_growth',
			'w_grave',
			'w_recid',
			'w_clear',
			'score_method'
		]),
		// The national rate every region is measured against.
		coverage: await nationalCoverage([s.period], tr)
	});
}

export async function prioritiesGroups(q: ViewQuery, tr: Translator): Promise<Dataset | null> {
	if (!q.region || q.region === 'KZ') return null;
	const ctx = await periodContext(q);
	let rows: Row[] = [];
	if (ctx.period) {
		const [reg, nat] = await Promise.all([
			offencesByArticle(ctx.period, ctx.previous!, q.region),
			offencesByArticle(ctx.period, ctx.previous!, null)
		]);
		const regTotal = reg.rows
			.filter((r) => r.isChapter)
			.reduce((a, r) => a + (r.registered ?? 0), 0);
		const natTotal = nat.rows
			.filter((r) => r.isChapter)
			.reduce((a, r) => a + (r.registered ?? 0), 0);
		rows = reg.rows
			.filter((r) => r.isChapter && (r.registered ?? 0) > 0)
			.map((r) => {
				const n = nat.rows.find((x) => x.rowCode === r.rowCode);
				const share = sharePct(r.registered, regTotal);
				const natShare = sharePct(n?.registered, natTotal);
				return {
					label: localLabel(r.label, tr.lang),
					registered: r.registered,
					growth: changePct(r.registered, r.previous),
					share,
					shareVsCountry: share !== null && natShare !== null ? share - natShare : null
				};
			})
			.sort((a, b) => (b.growth ?? -Infinity) - (a.growth ?? -Infinity));
	}
	return panel({
		id: 'priorities-groups',
		title: `${tr.t('priorities.groups')}: ${tr.region(q.region)}`,
		columns: [
			col.chapter(tr),
			col.count(tr, 'registered'),
			col.change(tr, 'growth'),
			col.share(tr),
			col.number('shareVsCountry', `${tr.t('ind.share')} − ${tr.t('label.country_short')}`, 1)
		],
		rows,
		notes: [tr.lang !== 'ru' && tr.t('offences.translation_note')],
		source: { forms: ['1-M'], regions: tr.region(q.region), period: ctx.period },
		query: toQueryString(q, ['period', 'region']),
		// The country's shares compared with.
		coverage: await nationalCoverage([ctx.period], tr)
	});
}
