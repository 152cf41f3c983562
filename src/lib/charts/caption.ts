/**
 * The one wording of what stands under a chart and above an export's table, beside the
 * source line: which regions a national figure sums (and which are not imported), the
 * republic's figure as published beside the sum, the validation findings in the sections the
 * figures come from, and the panel's own note. The page, the SVG/PNG, CSV and XLSX exports
 * all take their lines from `captionLines`, so none of them can drop the coverage.
 */
import type { Translator } from '../i18n';
import type { Coverage, Dataset, FindingMark } from '../dataset';

/** «2022: сумма 16 из 20 регионов; не загружены: г. Алматы, …» (+ the published figure). */
export function formatCoverage(c: Coverage, tr: Translator): string {
	const sum = tr.t('coverage.sum').replace('{n}', tr.num(c.regions)).replace('{of}', tr.num(c.of));
	const missing = c.missing.length
		? `; ${tr.t('coverage.missing')}: ${c.missing.map((code) => tr.region(code)).join(', ')}`
		: '';
	const parts = [`${tr.t('label.country')}, ${tr.period(c.period)}: ${sum}${missing}.`];
	// One source cited once, after the figures it gives.
	const byUrl = new Map<string, string[]>();
	for (const p of c.published) {
		byUrl.set(p.url, [...(byUrl.get(p.url) ?? []), `${p.label} ${tr.num(p.value)}`]);
	}
	for (const [url, figures] of byUrl) {
		parts.push(
			`${tr.t('coverage.published')}: ${figures.join('; ')} (${tr.t('label.source')}: ${url}).`
		);
	}
	return parts.join(' ');
}

/** «⚑ Раздел R1-1, 2022 — находки проверки: 5 (Акмолинская область)». */
export function formatFindingMark(m: FindingMark, tr: Translator): string {
	const where = m.regions.map((code) => tr.region(code)).join(', ');
	return `⚑ ${tr.t('findings.section')} ${m.section}, ${tr.period(m.period)} — ${tr.t('findings.count')}: ${tr.num(m.count)} (${where})`;
}

/** Every line under the chart and above an export's table, in this order. */
export function captionLines(
	ds: Pick<Dataset, 'coverage' | 'findings' | 'note'>,
	tr: Translator
): string[] {
	return [
		...(ds.coverage ?? []).map((c) => formatCoverage(c, tr)),
		...(ds.findings ?? []).map((m) => formatFindingMark(m, tr)),
		...(ds.note ? [ds.note] : [])
	];
}
