/**
 * Region profile (/regions/[code]): the region against the country — level, severity,
 * recidivism, juveniles, damage recovery; structure by chapter; dynamics over the periods
 * held; lineage notes where the region's borders changed (2018, 2022).
 */
import type { Dataset, Row } from '../../dataset';
import { localLabel } from '../../domain/criminal-code';
import type { Translator, MessageKey } from '../../i18n';
import { getRegion, REGIONS } from '../../domain/regions';
import { sharePct } from '../../domain/indicators';
import { offencesByArticle } from '../queries/offences-by-article';
import { registeredOffences } from '../queries/registered-offences';
import { sourceInfo } from '../queries/source-info';
import { BadRequest, toQueryString, type ViewQuery } from '../params';
import { periodContext, regionIndicators, type RegionIndicators } from './context';

function requireRegion(q: ViewQuery): string {
	if (!q.region || q.region === 'KZ' || !getRegion(q.region)) {
		throw new BadRequest('region must be one of the 20 region codes (KZ-10 … KZ-79)');
	}
	return q.region;
}

const KPI_KEYS: (keyof RegionIndicators)[] = [
	'count',
	'rate',
	'change',
	'grave_share',
	'recidivism',
	'juveniles',
	'damage_recovery'
];

export async function profileKpis(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const code = requireRegion(q);
	const ctx = await periodContext(q);
	let rows: Row[] = [];
	if (ctx.period) {
		const { regions, country } = await regionIndicators(ctx.period, 'all');
		const r = regions.find((x) => x.code === code)!;
		rows = KPI_KEYS.map((k) => ({
			key: k,
			indicator: k === 'count' ? tr.t('ind.all') : tr.t(`ind.${k}` as MessageKey),
			region: r[k] as number | null,
			country: country[k] as number | null
		}));
	}
	return {
		id: 'profile-kpis',
		title: `${tr.region(code)} — ${ctx.period ? tr.period(ctx.period) : ''}`,
		columns: [
			{ key: 'indicator', label: tr.t('label.measure'), kind: 'text' },
			{ key: 'region', label: tr.region(code), kind: 'number', digits: 2 },
			{ key: 'country', label: tr.t('label.vs_country'), kind: 'number', digits: 2 }
		],
		rows,
		source: await sourceInfo({
			forms: ['1-M', 'population'],
			regions: tr.region(code),
			period: ctx.period ?? ''
		}),
		query: toQueryString(q, ['region', 'period'])
	};
}

export async function profileStructure(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const code = requireRegion(q);
	const ctx = await periodContext(q);
	const rows: Row[] = [];
	if (ctx.period) {
		const [reg, nat] = await Promise.all([
			offencesByArticle(ctx.period, ctx.previous!, code),
			offencesByArticle(ctx.period, ctx.previous!, null)
		]);
		for (const [res, who] of [
			[reg, tr.region(code)],
			[nat, tr.t('label.vs_country')]
		] as const) {
			const chapters = res.rows.filter((r) => r.isChapter);
			const total = chapters.reduce((a, r) => a + (r.registered ?? 0), 0);
			for (const c of chapters)
				rows.push({
					label: localLabel(c.label, tr.lang),
					who,
					registered: c.registered,
					share: sharePct(c.registered, total)
				});
		}
	}
	return {
		id: 'profile-structure',
		title: `${tr.t('profile.structure')} — ${ctx.period ? tr.period(ctx.period) : ''}`,
		columns: [
			{ key: 'label', label: tr.t('label.chapter'), kind: 'text' },
			{ key: 'who', label: tr.t('label.region'), kind: 'text' },
			{ key: 'registered', label: tr.t('ind.count'), kind: 'number' },
			{ key: 'share', label: tr.t('ind.share'), kind: 'pct' }
		],
		rows,
		chart: rows.length
			? {
					kind: 'groupedBars',
					label: 'label',
					value: 'share',
					group: 'who',
					xLabel: tr.t('ind.share')
				}
			: undefined,
		note: tr.lang !== 'ru' ? tr.t('offences.translation_note') : undefined,
		source: await sourceInfo({
			forms: ['1-M'],
			regions: tr.region(code),
			period: ctx.period ?? ''
		}),
		query: toQueryString(q, ['region', 'period'])
	};
}

export async function profileDynamics(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const code = requireRegion(q);
	// Whole years only: cumulative part-year reports are not comparable with years.
	const all = (await registeredOffences()).filter(
		(r) => r.region === code && !r.period.includes('-')
	);
	const rows: Row[] = [];
	for (const r of all) {
		const [y, m] = r.period.split('-');
		const date = m ? `${y}-${m}-15` : `${y}-07-01`;
		for (const g of ['all', 'crimes', 'misdemeanours', 'grave', 'especially_grave'] as const)
			rows.push({ period: r.period, date, series: tr.t(`ind.${g}`), value: r[g] });
	}
	return {
		id: 'profile-dynamics',
		title: `${tr.t('profile.dynamics')}: ${tr.region(code)}`,
		columns: [
			{ key: 'period', label: tr.t('label.period'), kind: 'text' },
			{ key: 'series', label: tr.t('label.group'), kind: 'text' },
			{ key: 'value', label: tr.t('ind.count'), kind: 'number' }
		],
		rows,
		chart: rows.length
			? {
					kind: 'timeSeries',
					x: 'date',
					y: 'value',
					series: 'series',
					yLabel: tr.t('ind.count'),
					events: true
				}
			: undefined,
		source: await sourceInfo({ forms: ['1-M'], regions: tr.region(code), period: 'all' }),
		query: toQueryString(q, ['region'])
	};
}

/**
 * Lineage notes in the page's language, from the region table's structured lineage: when the
 * region got its current borders and from which territory, and which regions were carved
 * out of it — so that nobody compares a series across 2018 or 2022 without knowing.
 */
export function lineageNotes(code: string, tr: Translator): string[] {
	const r = getRegion(code);
	if (!r) return [];
	const notes: string[] = [];
	if (r.validFrom) {
		notes.push(
			r.predecessor
				? `${tr.t('lineage.from')} ${tr.date(r.validFrom)}: ${tr.region(r.predecessor)}`
				: `${tr.t('lineage.since')} ${tr.date(r.validFrom)}`
		);
	}
	const carved = REGIONS.filter((x) => x.predecessor === code && x.validFrom);
	for (const c of carved) {
		notes.push(`${tr.t('lineage.carved')} ${tr.date(c.validFrom!)}: ${tr.region(c.code)}`);
	}
	if (code === 'KZ-61') notes.push(tr.t('lineage.turkistan'));
	return notes;
}
