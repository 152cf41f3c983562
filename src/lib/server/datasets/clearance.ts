/**
 * Clearance and case outcomes: per region (/regions) and per Criminal Code chapter (/offences),
 * the shares of the offences registered in the period that were finished, sent to court,
 * terminated and suspended (Form 1-M R1-1), and the СНГ-1 clearance and persons identified
 * where that form is imported. Definitions in ../../domain/case-outcomes.ts; a region without
 * a workbook has no figures (never 0), and the country's figure names the regions it sums.
 */
import type { Dataset, Row } from '../../dataset';
import { localLabel } from '../../domain/criminal-code';
import { CURRENT_REGIONS } from '../../domain/regions';
import {
	SNG1_R1_GRAFY,
	addGrafy,
	outcomeShares,
	R1_1_GRAFY_READ
} from '../../domain/case-outcomes';
import { SEVERITY_ROWS, type OffenceGroup } from '../../domain/view-options';
import type { MessageKey, Translator } from '../../i18n';
import { r11Outcomes } from '../queries/case-outcomes';
import { leafLabel } from '../queries/offences-by-article';
import { toQueryString, type ViewQuery } from '../params';
import { periodContext } from './context';
import { col } from './columns';
import { forPeriod, panel, ranking } from './panel';
import { nationalCoverage } from './coverage';
import { regionOutcomes, regionSngClearance } from './outcome-shares';

const shareColumns = (tr: Translator) => [
	col.pct('finished', tr.t('clr.finished')),
	col.pct('toCourt', tr.t('clr.to_court')),
	col.pct('terminated', tr.t('clr.terminated')),
	col.pct('suspended', tr.t('clr.suspended'))
];

export async function clearanceRegions(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	const group = q.group as OffenceGroup;
	let rows: Row[] = [];
	let sngHeld = false;
	let sngSummed: string[] = [];
	if (ctx.period) {
		const [out, sng] = await Promise.all([
			regionOutcomes(ctx.period, SEVERITY_ROWS[group]),
			regionSngClearance(ctx.period)
		]);
		sngHeld = sng.regions.size > 0 || sng.country !== null;
		sngSummed = sng.summed;
		const line = (code: string, o: typeof out.country, s: typeof sng.country) => ({
			code,
			region: tr.region(code),
			registered: o?.registered ?? null,
			finished: o?.finished ?? null,
			toCourt: o?.toCourt ?? null,
			terminated: o?.terminated ?? null,
			suspended: o?.suspended ?? null,
			sngRegistered: s?.values[SNG1_R1_GRAFY.registered] ?? null,
			sngFinished: s?.values[SNG1_R1_GRAFY.finished] ?? null,
			sngClearance: s?.clearance ?? null,
			persons: s?.values[SNG1_R1_GRAFY.personsIdentified] ?? null,
			isCountry: code === 'KZ'
		});
		rows = [
			...CURRENT_REGIONS.map((r) =>
				line(r.code, out.regions.get(r.code) ?? null, sng.regions.get(r.code) ?? null)
			),
			line('KZ', out.country, sng.country)
		];
		// No outcome графы for the period (e.g. the synthetic demo has R1-1 графа 1 only): the
		// panel says so in one sentence instead of a chart of «no data» bars.
		if (rows.every((r) => r.finished === null && r.sngClearance === null)) rows = [];
	}
	const groupLabel = tr.t(`ind.${group}` as MessageKey);
	return panel({
		id: 'clearance-regions',
		title: forPeriod(`${tr.t('clr.regions')}: ${groupLabel}`, ctx.period, tr),
		columns: [
			col.region(tr),
			col.number('registered', tr.t('clr.registered')),
			...shareColumns(tr),
			col.number('sngRegistered', tr.t('clr.sng_registered')),
			col.number('sngFinished', tr.t('clr.sng_finished')),
			col.pct('sngClearance', tr.t('clr.sng_clearance')),
			col.number('persons', tr.t('clr.persons'))
		],
		rows,
		chart: ranking('region', 'finished', tr.t('clr.finished'), 'isCountry'),
		notes: [
			tr.t('clr.note'),
			sngHeld ? tr.t('clr.sng_note') : tr.t('clr.sng_missing'),
			sngSummed.length > 0 && tr.t('clr.sng_coverage').replace('{n}', tr.num(sngSummed.length))
		],
		source: {
			forms: ['1-M', 'СНГ-1'],
			regions: tr.t('filter.all'),
			period: ctx.period
		},
		query: toQueryString(q, ['period', 'group']),
		empty: tr.t('clr.none'),
		coverage: await nationalCoverage([ctx.period], tr)
	});
}

export async function clearanceChapters(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const ctx = await periodContext(q);
	const region = q.region && q.region !== 'KZ' ? q.region : null;
	let rows: Row[] = [];
	if (ctx.period) {
		const all = await r11Outcomes(ctx.period, 'chapters');
		const hasKz = all.some((r) => r.region === 'KZ');
		// The country: the republic's workbook, else the regions with every графа added up.
		const national = new Map<string, ReturnType<typeof outcomeShares>>();
		const codes = [...new Set(all.map((r) => r.rowCode))];
		for (const code of codes) {
			const parts = all.filter((r) => r.rowCode === code && (hasKz ? r.region === 'KZ' : true));
			const full = parts.filter((p) => R1_1_GRAFY_READ.every((g) => p.values[g] !== undefined));
			national.set(
				code,
				outcomeShares(
					addGrafy(
						full.map((p) => p.values),
						R1_1_GRAFY_READ
					)
				)
			);
		}
		const mine = region ? all.filter((r) => r.region === region) : null;
		rows = codes
			.map((code) => {
				const own = mine ? mine.find((r) => r.rowCode === code) : null;
				const any = all.find((r) => r.rowCode === code)!;
				const s = mine ? (own ? outcomeShares(own.values) : null) : national.get(code)!;
				return {
					row: code,
					label: localLabel(leafLabel(any.label), tr.lang),
					registered: s?.registered ?? null,
					finished: s?.finished ?? null,
					toCourt: s?.toCourt ?? null,
					terminated: s?.terminated ?? null,
					suspended: s?.suspended ?? null,
					...(region ? { countryFinished: national.get(code)?.finished ?? null } : {})
				};
			})
			.filter((r) => r.registered !== null && r.finished !== null)
			.sort((a, b) => Number(a.row) - Number(b.row));
	}
	const where = region ? tr.region(region) : tr.t('label.country');
	return panel({
		id: 'clearance-chapters',
		title: forPeriod(`${tr.t('clr.chapters')} — ${where}`, ctx.period, tr),
		columns: [
			col.chapter(tr),
			col.number('registered', tr.t('clr.registered')),
			...shareColumns(tr),
			...(region ? [col.pct('countryFinished', tr.t('clr.country_finished'))] : [])
		],
		rows,
		chart: ranking('label', 'finished', tr.t('clr.finished')),
		notes: [tr.t('clr.note'), tr.lang !== 'ru' && tr.t('offences.translation_note')],
		source: { forms: ['1-M'], regions: where, period: ctx.period },
		query: toQueryString(q, ['period', 'region']),
		empty: tr.t('clr.none'),
		// The country's column (and the whole table without a region) sums the regions held.
		coverage: await nationalCoverage([ctx.period], tr)
	});
}
