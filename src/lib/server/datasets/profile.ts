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
import { BadRequest, toQueryString, type ViewQuery } from '../params';
import { periodContext, previousMissing, regionIndicators, type RegionIndicators } from './context';
import { col } from './columns';
import { countsOverTime, forPeriod, panel, yearSpan } from './panel';
import { checkMark, findingMarks, nationalCoverage } from './coverage';

function requireRegion(q: ViewQuery): string {
	if (!q.region || q.region === 'KZ' || !getRegion(q.region)) {
		throw new BadRequest(
			'region must be one of the 20 region codes (KZ-10 … KZ-79)',
			'invalid_parameter',
			{
				names: 'region'
			},
			'region'
		);
	}
	return q.region;
}

/** Each figure of the profile and the Form 1-M section it is read from (for the check mark). */
const KPI_SECTIONS: [keyof RegionIndicators, string][] = [
	['count', 'R1-1'],
	['rate', 'R1-1'],
	['change', 'R1-1'],
	['grave_share', 'R1-1'],
	['recidivism', 'R2'],
	['juveniles', 'R2'],
	['damage_recovery', 'R4']
];
const SECTIONS = [...new Set(KPI_SECTIONS.map(([, s]) => s))];

export async function profileKpis(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const code = requireRegion(q);
	const ctx = await periodContext(q);
	let rows: Row[] = [];
	const findings = await findingMarks([ctx.period], [code], SECTIONS);
	if (ctx.period) {
		const { regions, country } = await regionIndicators(ctx.period, 'all');
		const r = regions.find((x) => x.code === code)!;
		rows = KPI_SECTIONS.map(([k, section]) => ({
			key: k,
			indicator: k === 'count' ? tr.t('ind.all') : tr.t(`ind.${k}` as MessageKey),
			region: r[k] as number | null,
			country: country[k] as number | null,
			section,
			check: checkMark(findings, [section])
		}));
	}
	return panel({
		id: 'profile-kpis',
		title: forPeriod(tr.region(code), ctx.period, tr),
		columns: [
			col.text('indicator', tr.t('label.measure')),
			col.number('region', tr.region(code), 2),
			col.number('country', tr.t('label.vs_country'), 2),
			{ ...col.text('check', tr.t('findings.col')), blankIfNull: true }
		],
		rows,
		// The change against last year cannot be computed without it: said once, not per row.
		notes: [previousMissing(ctx, tr)],
		source: { forms: ['1-M', 'population'], regions: tr.region(code), period: ctx.period },
		query: toQueryString(q, ['region', 'period']),
		// The country column is a sum of regions where the republic's workbook is missing.
		coverage: await nationalCoverage([ctx.period], tr, ['all']),
		findings
	});
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
	return panel({
		id: 'profile-structure',
		title: forPeriod(tr.t('profile.structure'), ctx.period, tr),
		columns: [col.chapter(tr), col.region(tr, 'who'), col.count(tr, 'registered'), col.share(tr)],
		rows,
		chart: {
			kind: 'groupedBars',
			label: 'label',
			value: 'share',
			group: 'who',
			xLabel: tr.t('ind.share')
		},
		notes: [tr.lang !== 'ru' && tr.t('offences.translation_note')],
		source: { forms: ['1-M'], regions: tr.region(code), period: ctx.period },
		query: toQueryString(q, ['region', 'period']),
		coverage: await nationalCoverage([ctx.period], tr, ['all']),
		findings: await findingMarks([ctx.period], [code], ['R1-1'])
	});
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
	return panel(
		{
			id: 'profile-dynamics',
			title: `${tr.t('profile.dynamics')}: ${tr.region(code)}`,
			columns: [col.period(tr), col.series(tr), col.count(tr)],
			rows,
			chart: countsOverTime(tr),
			source: {
				forms: ['1-M'],
				regions: tr.region(code),
				period: yearSpan(all.map((r) => ({ year: r.period })))
			},
			query: toQueryString(q, ['region']),
			findings: await findingMarks(
				all.map((r) => r.period),
				[code],
				['R1-1']
			)
		},
		tr
	);
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
