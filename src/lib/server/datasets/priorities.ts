/**
 * Prevention priorities (/priorities): regions ranked by a transparent composite of rate
 * above the national one, growth against АППГ, share of grave crimes and recidivism, with
 * weights from the URL; and, within one region, the offence chapters that grew most.
 */
import type { Dataset, Row } from '../../dataset';
import { localLabel } from '../../domain/criminal-code';
import type { MessageKey, Translator } from '../../i18n';
import { changePct, priorityScores, sharePct, type PriorityWeights } from '../../domain/indicators';
import { offencesByArticle } from '../queries/offences-by-article';
import { toQueryString, type ViewQuery } from '../params';
import { periodContext, regionIndicators } from './context';
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

export async function prioritiesRegions(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	let rows: Row[] = [];
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
	let unused: (keyof PriorityWeights)[] = [];
	if (ctx.period) {
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
			weights
		);
		// A weighted component that no region has is not used at all: the note says so. One
		// that only some regions lack is left out of those regions' scores: their row says so.
		unused = weighted.filter((k) => scored.every((s) => s.parts[k] === null));
		const scoredRegions = scored.filter((s) => Object.values(s.parts).some((p) => p !== null));
		rows = scored
			.sort((a, b) => (b.score ?? -1) - (a.score ?? -1))
			.map((s, i) => ({
				rank: s.score === null ? null : i + 1,
				code: s.code,
				region: tr.region(s.code),
				score: s.score,
				rateExcess: s.rateExcess,
				growth: s.growth,
				graveShare: s.graveShare,
				recidivism: s.recidivism,
				clearance: s.clearance ?? null,
				without: scoredRegions.includes(s)
					? weighted
							.filter((k) => !unused.includes(k) && s.parts[k] === null)
							.map((k) => tr.t(WEIGHT_LABEL[k]))
							.join(', ') || null
					: null
			}));
	}
	return panel({
		id: 'priorities-regions',
		title: forPeriod(tr.t('priorities.title'), ctx.period, tr),
		columns: [
			col.number('rank', tr.t('label.rank')),
			col.region(tr),
			col.number('score', tr.t('label.score'), 1),
			col.signedPct('rateExcess', tr.t('priorities.w_rate') + ', %'),
			col.signedPct('growth', tr.t('priorities.w_growth') + ', %'),
			col.pct('graveShare', tr.t('ind.grave_share')),
			col.pct('recidivism', tr.t('ind.recidivism')),
			col.pct('clearance', tr.t('ind.clearance')),
			col.text('without', tr.t('clr.without'))
		],
		rows,
		chart: ranking('region', 'score', tr.t('label.score')),
		notes: [
			`${tr.t('priorities.caveat')} (${tr.t('label.weight')}: ${q.w_rate}/${q.w_growth}/${q.w_grave}/${q.w_recid}/${q.w_clear})`,
			tr.t('clr.w_clear_note'),
			...unused.map((k) => tr.t('clr.w_nodata').replace('{name}', tr.t(WEIGHT_LABEL[k])))
		],
		source: { forms: ['1-M', 'population'], regions: tr.t('filter.all'), period: ctx.period },
		query: toQueryString(q, ['period', 'w_rate', 'w_growth', 'w_grave', 'w_recid', 'w_clear']),
		// The national rate every region is measured against.
		coverage: await nationalCoverage([ctx.period], tr)
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
