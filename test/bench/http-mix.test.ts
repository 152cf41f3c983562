// The request mix of bench:http's mixed, uncached scenario (bench/http-mix.ts): deterministic,
// distinct, spread over every family, region and language, and every URL one the server's own
// parameter checks accept.
import { describe, expect, it } from 'vitest';
import {
	FAMILY_WEIGHTS,
	mixedRequests,
	percentile,
	repeatStats,
	requestKey,
	seededRandom,
	type MixVocabulary
} from '../../bench/http-mix';
import { parseViewQuery } from '../../src/lib/server/params';
import { parseCellQuery } from '../../src/lib/server/queries/form-cells';
import { CURRENT_REGIONS } from '../../src/lib/domain/regions';
import { METHOD_NAMES } from '../../src/lib/forecast/registry';
import { INDICATORS, OFFENCE_GROUPS } from '../../src/lib/domain/view-options';

const regions = CURRENT_REGIONS.map((r) => r.code);
const vocab: MixVocabulary = {
	regions,
	// the real 2022 forms: no workbook for four regions
	dataRegions: regions.filter((r) => !['KZ-75', 'KZ-61', 'KZ-62', 'KZ-33'].includes(r)),
	// the demo warehouse holds 33 periods, the real 2022 forms one
	periods: ['2019', '2020', '2021', '2022', '2023', '2024', '2024-03', '2024-06', '2025-03'],
	datasets: [
		'priorities-groups',
		'overview-kpis',
		'overview-trend',
		'regions-indicator',
		'profile-kpis',
		'offences-table',
		'courts-articles',
		'profile-dynamics',
		'penitentiary-r5',
		'data-findings',
		'priorities-regions',
		'forecast-series'
	],
	charted: ['overview-trend', 'regions-indicator', 'forecast-series', 'profile-dynamics'],
	needsRegion: ['profile-kpis', 'priorities-groups'],
	forecastSeries: ['all', 'crimes', 'ch6'],
	forecastRegions: ['KZ', 'KZ-11', 'KZ-75'],
	rows: ['1', '2', '3', '13', '48', '109'],
	years: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023],
	cellForms: [
		{
			form: '1-M',
			periods: ['2022'],
			regions: regions.slice(0, 16),
			sections: ['R1', 'R1-1', 'R5']
		},
		{ form: 'СНГ-1', periods: ['2022'], regions: regions.slice(0, 16), sections: ['R1', 'R2'] }
	],
	sections: ['R1', 'R1-1', 'R5'],
	// The filters' own vocabularies; parseViewQuery below checks the mix against the schema.
	indicators: [...INDICATORS],
	groups: [...OFFENCE_GROUPS],
	series: ['all', 'crimes', 'misdemeanours', 'ch1', 'ch6', 'ch18'],
	methods: ['auto', ...METHOD_NAMES],
	horizons: [1, 2, 3, 4, 5]
};

describe('mixedRequests', () => {
	const mix = mixedRequests(vocab, 4000, 14);

	it('is the same list for the same seed, another for another seed', () => {
		expect(mixedRequests(vocab, 4000, 14)).toEqual(mix);
		const other = mixedRequests(vocab, 4000, 15);
		expect(other.map((r) => r.path)).not.toEqual(mix.map((r) => r.path));
	});

	it('repeats almost no URL (language included)', () => {
		const s = repeatStats(mix.map(requestKey));
		expect(s.requests).toBe(4000);
		// The overview (9 periods or none × 3 languages = 30 URLs) and courts (8 years or none
		// × 3 = 27) pages are the only families whose URLs run out: 4 % and 2 % of 4000 draws,
		// about 160 and 80 requests, so about 130 + 53 repeats.
		const small = mix.filter((r) => r.family === 'page /' || r.family === 'page /courts');
		expect(repeatStats(small.map(requestKey)).distinct).toBe(57);
		// the region pages (20 × 10 × 3 = 600 URLs, about 400 draws) run low: a repeat or so
		const rest = mix.filter((r) => r.family !== 'page /' && r.family !== 'page /courts');
		expect(repeatStats(rest.map(requestKey)).repeats).toBeLessThanOrEqual(4);
		expect(s.repeats).toBeGreaterThanOrEqual(small.length - 57);
		expect(s.repeatShare).toBeLessThan(0.05);
	});

	it('covers every family about as weighed, all 20 regions and the three languages', () => {
		const share = (f: (r: (typeof mix)[number]) => boolean) => mix.filter(f).length / mix.length;
		for (const [family, w] of Object.entries(FAMILY_WEIGHTS)) {
			const s = share((r) =>
				family === 'api data' ? r.family.startsWith('api data ') : r.family === family
			);
			expect(s, family).toBeGreaterThan((w / 100) * 0.7);
			expect(s, family).toBeLessThan((w / 100) * 1.3);
		}
		const seenRegions = new Set(mix.flatMap((r) => r.path.match(/KZ-\d\d/g) ?? []));
		expect([...seenRegions].sort()).toEqual([...regions].sort());
		expect(regions).toHaveLength(20);
		for (const l of ['ru', 'kk', 'en']) expect(share((r) => r.lang === l)).toBeGreaterThan(0.2);
		for (const id of vocab.datasets)
			expect(share((r) => r.family === `api data ${id}`)).toBeGreaterThan(0);
	});

	it('says the language as a reader does: a cookie on pages, ?lang= on the API, nothing for ru', () => {
		for (const r of mix) {
			const q = new URLSearchParams(r.path.split('?')[1] ?? '');
			if (r.path.startsWith('/api/')) {
				expect(q.get('lang') ?? 'ru').toBe(r.lang);
				expect(r.headers).toEqual({});
			} else {
				expect(q.has('lang')).toBe(false);
				expect(r.headers).toEqual(r.lang === 'ru' ? {} : { cookie: `lang=${r.lang}` });
			}
		}
	});

	it('draws a region chart only for a region with data', () => {
		const charts = mix.filter((r) => /^\/api\/v1\/data\/profile-dynamics\.svg/.test(r.path));
		expect(charts.length).toBeGreaterThan(5);
		const drawn = charts.map((r) => new URLSearchParams(r.path.split('?')[1]).get('region'));
		expect(drawn.every((c) => vocab.dataRegions.includes(c!))).toBe(true);
	});

	it('draws no chart of a period whose panel has none (the .svg would be a 404)', () => {
		// overview-trend of the default period and of 2024-03 said chartless, as discovery would
		const chartless = { 'overview-trend': ['', '2024-03'] };
		const svgs = mixedRequests({ ...vocab, chartless }, 4000, 14)
			.filter((r) => r.path.startsWith('/api/v1/data/overview-trend.svg'))
			.map((r) => new URLSearchParams(r.path.split('?')[1]).get('period'));
		expect(svgs.length).toBeGreaterThan(5);
		expect(svgs).not.toContain(null);
		expect(svgs).not.toContain('2024-03');
		// without the list the same seed asks for both
		const before = mix
			.filter((r) => r.path.startsWith('/api/v1/data/overview-trend.svg'))
			.map((r) => new URLSearchParams(r.path.split('?')[1]).get('period'));
		expect(before).toContain(null);
		expect(before).toContain('2024-03');
	});

	it('asks only for what the server accepts: its own parameter checks, formats a dataset has', () => {
		for (const r of mix) {
			const [path, search = ''] = r.path.split('?');
			const q = new URLSearchParams(search);
			if (path.startsWith('/api/v1/cells.')) {
				const c = parseCellQuery(q);
				const form = vocab.cellForms.find((f) => f.form === c.form)!;
				expect(form.sections).toContain(c.section);
				expect(form.regions).toContain(c.region);
				expect(c.limit).toBe(10_000);
				continue;
			}
			const data = /^\/api\/v1\/data\/([a-z0-9-]+)\.(json|csv|xlsx|svg)$/.exec(path);
			if (data) {
				expect(vocab.datasets).toContain(data[1]);
				if (data[2] === 'svg') {
					expect(vocab.charted).toContain(data[1]);
					if (q.has('region')) expect(vocab.dataRegions).toContain(q.get('region'));
				}
				// a profile, a region's priorities need their region (otherwise 400 or 404)
				if (data[1].startsWith('profile-') || vocab.needsRegion.includes(data[1]))
					expect(q.get('region')).toMatch(/^KZ-\d\d$/);
				// only what can be forecast (a refusal is a 404 there)
				if (data[1].startsWith('forecast-')) {
					expect(vocab.forecastSeries).toContain(q.get('series') ?? 'all');
					if (q.has('region')) expect(vocab.forecastRegions).toContain(q.get('region'));
				}
				// the other tables answer 413 above the limit
				if (data[1] !== 'data-findings') expect(q.has('limit')).toBe(false);
			} else {
				expect(path).toMatch(
					/^\/(|regions|regions\/KZ-\d\d|offences|priorities|courts|penitentiary|forecasts|data)$/
				);
			}
			const v = parseViewQuery(q); // throws BadRequest naming the parameter
			if (v.period) expect(vocab.periods).toContain(v.period);
		}
	});
});

describe('repeatStats and percentile', () => {
	it('counts repeats against what was asked before and within the list', () => {
		// a, b, a, c, b after [c]: a and b are new, the second a, c (asked before) and b repeat
		expect(repeatStats(['a', 'b', 'a', 'c', 'b'], ['c'])).toEqual({
			requests: 5,
			distinct: 3,
			repeats: 3,
			repeatShare: 0.6
		});
		expect(repeatStats([]).repeatShare).toBe(0);
	});
	it('takes the nearest rank', () => {
		const xs = Array.from({ length: 100 }, (_, i) => i + 1); // 1 … 100
		expect(percentile(xs, 50)).toBe(51);
		expect(percentile(xs, 99)).toBe(100);
		expect(percentile([], 50)).toBeNaN();
	});
	it('draws the same numbers from the same seed', () => {
		const a = seededRandom(7);
		const b = seededRandom(7);
		const xs = Array.from({ length: 5 }, () => a());
		expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
		for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
	});
});
