/**
 * Forecasts (/forecasts): registered criminal offences, whole years — the country from the
 * published national figures (a long series) or a region from its Form 1-M workbooks — with
 * the forecasting library's automatic method, 80/95 % intervals and its notes. Years before
 * the 2015 codes are left out of the fit (a break), and the note says so.
 */
import type { Dataset, Row } from '../../charts';
import type { Translator } from '../../i18n';
import { forecastSeries } from '../../forecast';
import { registeredOffences } from '../queries/registered-offences';
import { nationalYearly, publishedFigures } from '../queries/published-figures';
import { sourceInfo } from '../queries/source-info';
import { toQueryString, type ViewQuery } from '../params';

const H = 3;

async function observedYears(q: ViewQuery): Promise<{ year: number; value: number }[]> {
	if (q.region && q.region !== 'KZ') {
		return (await registeredOffences())
			.filter((r) => r.region === q.region && !r.period.includes('-') && r.all !== null)
			.map((r) => ({ year: Number(r.period), value: r.all as number }))
			.sort((a, b) => a.year - b.year);
	}
	const figs = await publishedFigures(['registered_criminal_offences']);
	return nationalYearly(figs, 'registered_criminal_offences')
		.map((f) => ({ year: Number(f.end!.slice(0, 4)), value: f.value }))
		.sort((a, b) => a.year - b.year);
}

export async function forecastSeriesDataset(q: ViewQuery, tr: Translator): Promise<Dataset> {
	const all = await observedYears(q);
	// Contiguous years from 2015 (new codes) on; a gap would make the series meaningless.
	const years: { year: number; value: number }[] = [];
	for (const o of all.filter((o) => o.year >= 2015)) {
		if (years.length && o.year !== years[years.length - 1].year + 1) years.length = 0;
		years.push(o);
	}
	const rows: Row[] = years.map((o) => ({
		year: o.year,
		date: `${o.year}-07-01`,
		kind: tr.t('fc.observed'),
		value: o.value,
		lo80: null,
		hi80: null,
		lo95: null,
		hi95: null
	}));
	const notes: string[] = [];
	let method = '';
	if (years.length >= 5) {
		const f = forecastSeries(
			years.map((o) => o.value),
			{ period: 1, h: H }
		);
		method = `${f.method} — ${f.description}`;
		notes.push(...f.notes);
		const i80 = f.levels.indexOf(80);
		const i95 = f.levels.indexOf(95);
		const last = years[years.length - 1].year;
		for (let k = 0; k < H; k++) {
			rows.push({
				year: last + k + 1,
				date: `${last + k + 1}-07-01`,
				kind: tr.t('fc.forecast'),
				value: f.mean[k],
				lo80: f.lower[i80]?.[k] ?? null,
				hi80: f.upper[i80]?.[k] ?? null,
				lo95: f.lower[i95]?.[k] ?? null,
				hi95: f.upper[i95]?.[k] ?? null
			});
		}
	} else {
		notes.push(`${years.length} whole years since 2015: at least 5 are needed for a forecast`);
	}
	// Chart rows use a language-neutral kind.
	const chartRows = rows.map((r) => ({
		...r,
		kind: r.kind === tr.t('fc.forecast') ? 'forecast' : 'observed'
	}));
	const where = q.region ? tr.region(q.region) : tr.t('label.country');
	return {
		id: 'forecast-series',
		title: `${tr.t('fc.title')}: ${where}`,
		columns: [
			{ key: 'year', label: tr.t('label.year'), kind: 'text' },
			{ key: 'kind', label: tr.t('fc.kind'), kind: 'text' },
			{ key: 'value', label: tr.t('ind.count'), kind: 'number' },
			{ key: 'lo80', label: '80 % −', kind: 'number' },
			{ key: 'hi80', label: '80 % +', kind: 'number' },
			{ key: 'lo95', label: '95 % −', kind: 'number' },
			{ key: 'hi95', label: '95 % +', kind: 'number' }
		],
		rows,
		chartRows,
		chart: years.length ? { kind: 'forecastFan', yLabel: tr.t('ind.count') } : undefined,
		note: [tr.t('fc.caveat'), method && `${tr.t('fc.method')}: ${method}`, ...notes]
			.filter(Boolean)
			.join(' '),
		source: await sourceInfo({
			forms: q.region ? ['1-M'] : ['published'],
			regions: where,
			period: years.length ? `${years[0].year}–${years[years.length - 1].year}` : ''
		}),
		query: toQueryString(q, ['region'])
	};
}
