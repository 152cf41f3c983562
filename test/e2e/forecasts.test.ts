/**
 * Forecasts in the product, in real Chromium on the BUILT server (embedded default warehouse:
 * synthetic demo Form 1-M panel 2015–2025 + the real published national series):
 * series/horizon/method in the URL (permalink, validated), fan chart, model card with the
 * backtest table, provenance (fitted years, series hash, data hash), the synthetic mark on
 * demo series, forecasts on the region and offences pages, /api/v1/forecast in JSON and CSV
 * with JSON errors, and the paged /data tables with complete downloads.
 *
 * Hand-checked figure: the national published series holds 157 473 registered criminal
 * offences for 2022 (data/published, the Committee's figure, also in ../shared/docs/domain.md
 * «The national figure for 2022 published by the Committee is 157,473»).
 * The demo panel is generated, so its figures are checked against the warehouse itself.
 *
 * On the warehouse of real forms only (test/e2e/artifacts.ts: ../shared/data/qamqor Form 1-M
 * and СНГ-1 for 2022, no published series) every forecast series has one year, 2022, so no
 * forecast can be made: the page says why in one line and draws nothing.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import {
	DEMO_DB,
	REAL_DB,
	SCREENSHOTS,
	readWarehouse,
	ruNumber,
	dashboard,
	download
} from './harness';

const app = dashboard(DEMO_DB);
const real = dashboard(REAL_DB);

/** Chapter 6 (against property), Akmola, whole years: the chapter's own row of R1-1 графа 1. */
async function akmolaChapter6(): Promise<{ year: number; value: number }[]> {
	return readWarehouse<{ year: number; value: number }>(
		DEMO_DB,
		`SELECT period::INTEGER AS year, sum(value)::DOUBLE AS value FROM v_form_cell
		 WHERE form = '1-M' AND section = 'R1-1' AND grafa = '1' AND chapter = '6'
		   AND region_code = 'KZ-11' AND NOT contains(period, '-')
		   AND regexp_matches(row_label, '(^|/ )Глава\\s*\\d+[^/]*$')
		 GROUP BY period ORDER BY period`
	);
}

const FC = '/forecasts?region=KZ-11&series=ch6&h=5&method=theta';

describe('forecasts', () => {
	it('shows the national published series by default, with the 2022 figure as published', async () => {
		const { page, errors } = await app.open('/forecasts');
		const row2022 = page.locator('#forecast-series tbody tr', { hasText: '2022' }).first();
		expect(await row2022.locator('td[data-key="value"]').textContent()).toBe(ruNumber(157473));
		// Three forecast years by default, with both bands.
		const ahead = page.locator('#forecast-series tbody tr', { hasText: 'прогноз' });
		expect(await ahead.count()).toBe(3);
		expect(await ahead.first().locator('td[data-key="lo95"]').textContent()).not.toBe('нет данных');
		// The model card: every candidate's backtest and the chosen one marked.
		const card = page.locator('#forecast-card');
		expect(await card.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
		expect(await card.locator('td[data-key="chosen"]', { hasText: '✓' }).count()).toBe(1);
		expect(await card.textContent()).toMatch(/Почему: /);
		expect(await card.textContent()).toMatch(/Покрытие интервалов в бэктесте/);
		// Provenance: fitted years after the 2015 codes and the series hash.
		expect(await page.locator('#forecast-series .note').textContent()).toMatch(
			/Обучено на: 20(1[5-9]|2\d)–\d{4} \(n = \d+\); хеш ряда [0-9a-f]{8}/
		);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('takes series, horizon and method from the URL, draws the fan and the model card', async () => {
		const obs = await akmolaChapter6();
		expect(obs.length).toBeGreaterThanOrEqual(5);
		const { page, errors } = await app.open(FC);
		expect(await page.locator('#forecast-series h2').textContent()).toContain(
			'Глава 6. Уголовные правонарушения против собственности — Акмолинская область'
		);
		// The selects show the permalink's state.
		expect(await page.locator('select[name="series"]').inputValue()).toBe('ch6');
		expect(await page.locator('select[name="h"]').inputValue()).toBe('5');
		expect(await page.locator('select[name="method"]').inputValue()).toBe('theta');
		// Observed values as in the warehouse, then five forecast years.
		const last = obs[obs.length - 1];
		const lastRow = page
			.locator('#forecast-series tbody tr', { hasText: String(last.year) })
			.first();
		expect(await lastRow.locator('td[data-key="value"]').textContent()).toBe(ruNumber(last.value));
		expect(await page.locator('#forecast-series tbody tr', { hasText: 'прогноз' }).count()).toBe(5);
		// Fan chart: two bands and the synthetic mark (demo series), said once: under the
		// chart, not again inside its drawing (the SVG/PNG files carry it, see below).
		expect(await page.locator('#forecast-series .chart-svg > svg path').count()).toBeGreaterThan(2);
		expect(await page.locator('#forecast-series .chart-svg > svg').textContent()).not.toContain(
			'СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ'
		);
		expect(await page.locator('#forecast-series .synthetic-mark').count()).toBe(1);
		expect(await page.locator('#forecast-series .synthetic-mark').isVisible()).toBe(true);
		// The title once, in the figcaption: the drawing names itself by it but does not draw it.
		const h2 = (await page.locator('#forecast-series h2').textContent())!;
		const drawing = page.locator('#forecast-series .chart-svg > svg');
		expect(await drawing.locator('.chart-title').count()).toBe(0);
		expect(await drawing.getAttribute('aria-label')).toBe(h2);
		const chosen = page.locator('#forecast-card tbody tr', { hasText: '✓' });
		expect(await chosen.locator('td[data-key="method"]').textContent()).toBe('тета-метод');
		// The method by its name in the page's language (forecast-notes.ts names, reasonUser).
		expect(await page.locator('#forecast-card').textContent()).toContain('выбран пользователем');
		await page.screenshot({ path: join(SCREENSHOTS, 'demo_forecasts_ch6.png'), fullPage: true });
		// Changing the horizon keeps the rest of the state in the URL.
		await page.selectOption('select[name="h"]', '2');
		await page.waitForURL(/h=2/);
		await page.waitForLoadState('networkidle');
		const url = new URL(page.url());
		expect(url.searchParams.get('series')).toBe('ch6');
		expect(url.searchParams.get('method')).toBe('theta');
		expect(await page.locator('#forecast-series tbody tr', { hasText: 'прогноз' }).count()).toBe(2);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('says when a region has no history before a reform', async () => {
		const { page } = await app.open('/forecasts?region=KZ-10');
		const note = await page.locator('#forecast-series .note').textContent();
		expect(note).toContain('Регион в нынешних границах с 8 июн. 2022');
		expect(note).toMatch(/Обучено на: 2023–/);
		// its fitted years start after 2020: no pulse note
		expect(note).not.toMatch(/pulse/);
		await page.close();
		const bad = await fetch(`${app.url}/forecasts?h=9`);
		expect(bad.status).toBe(400);
	});

	it('exports the forecast like every other chart: SVG, PNG, CSV, XLSX with provenance and mark', async () => {
		const { page } = await app.open(FC);
		const fig = page.locator('#forecast-series');
		const get = (kind: string) => download(page, fig, kind);
		const svg = (await get('svg')).toString('utf8');
		// the file draws its title (it travels without the page)
		expect(svg).toMatch(/class="chart-title">Прогноз/);
		expect(svg).toContain('хеш ряда');
		expect(svg).toContain('хеш данных');
		expect(svg).toContain('СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ');
		const png = await get('png');
		expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
		const csv = (await get('csv')).toString('utf8');
		expect(csv).toContain('# СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ');
		expect(csv).toMatch(
			/# Источник: 1-M; Регион: Акмолинская область; Период: \d{4}–\d{4}; хеш данных [0-9a-f]{12}/
		);
		expect(csv.split('\r\n').filter((l) => /^\d{4},прогноз,/.test(l))).toHaveLength(5);
		const xlsx = strFromU8(
			unzipSync(new Uint8Array(await get('xlsx')))['xl/worksheets/sheet1.xml']
		);
		expect(xlsx).toContain('хеш ряда');
		expect(xlsx).toContain('СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ');
		await page.close();
	});

	it('serves /api/v1/forecast in JSON and CSV with the same parameters, errors as JSON', async () => {
		const obs = await akmolaChapter6();
		const q = 'region=KZ-11&series=ch6&h=5&method=theta';
		const r = await fetch(`${app.url}/api/v1/forecast?${q}`);
		expect(r.status).toBe(200);
		const body = await r.json();
		expect(body.series).toMatchObject({ id: 'ch6', region: 'KZ-11' });
		expect(body.method).toBe('theta');
		expect(body.forecast).toHaveLength(5);
		expect(body.forecast[0].period).toBe(String(obs[obs.length - 1].year + 1));
		for (const f of body.forecast) {
			expect(f.lo95).toBeLessThanOrEqual(f.lo80);
			expect(f.lo80).toBeLessThanOrEqual(f.mean);
			expect(f.mean).toBeLessThanOrEqual(f.hi80);
			expect(f.hi80).toBeLessThanOrEqual(f.hi95);
		}
		expect(body.observed.map((o: { value: number }) => o.value)).toEqual(obs.map((o) => o.value));
		expect(body.fittedOn).toMatchObject({ from: '2015', to: String(obs[obs.length - 1].year) });
		expect(body.fittedOn.hash).toMatch(/^[0-9a-f]{8}$/);
		// Sentences in the request's language (no lang, no cookie: Russian, as the page), the
		// words the page uses (forecast-text.ts); ids stay ids.
		expect(body.reason).toBe('выбран пользователем');
		expect(body.reasonCode).toBe('chosen_by_user');
		// (ru: «оптимизированный Theta θ=… α=…», the symbols kept, no «optimised»)
		expect(body.description).toMatch(/^(оптимизированный )?Theta θ=/);
		// fitted from 2015 across 2020: the COVID-19 pulse (calendar.ts: 2020-03-16) is named
		expect(body.notes.join(' ')).toMatch(
			/в подобранные периоды входит всплеск «COVID-19 \(2020\)»/
		);
		expect(body.backtest.byMethod.map((m: { method: string }) => m.method)).toContain('theta');
		const en = await (await fetch(`${app.url}/api/v1/forecast?${q}&lang=en`)).json();
		expect(en.reason).toBe('chosen by the user');
		expect(en.reasonCode).toBe('chosen_by_user');
		expect(en.notes.join(' ')).toMatch(/fitted periods include the 2020-03-16 pulse \(COVID-19/);
		const kk = await (await fetch(`${app.url}/api/v1/forecast?${q}&lang=kk`)).json();
		expect(kk.reason).toBe('пайдаланушы таңдады');
		expect(kk.method).toBe('theta');
		expect(kk.notes.join(' ')).toContain('«COVID-19 (2020)»');
		expect(body.synthetic).toBe(true);
		expect(body.source.hash).toMatch(/^[0-9a-f]{12}$/);
		// The page shows the same forecast (same hash, same first mean).
		const { page } = await app.open(FC);
		expect(await page.locator('#forecast-series .note').textContent()).toContain(
			body.fittedOn.hash
		);
		await page.close();

		const csv = await fetch(`${app.url}/api/v1/forecast?${q}&format=csv`);
		expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
		const text = await csv.text();
		expect(text).toContain('# СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ');
		expect(text).toContain(body.fittedOn.hash);

		for (const [bad, msg] of [
			['h=9', /h must be a whole number of years from 1 to 5/],
			['series=ch19', /series must be all, crimes, misdemeanours/],
			['method=prophet', /method must be one of auto, /],
			['region=KZ-99', /region must be/],
			['colour=red', /unknown parameter\(s\) colour/],
			['format=xml', /format must be json or csv/]
		] as const) {
			const e = await fetch(`${app.url}/api/v1/forecast?${bad}`);
			expect(e.status, bad).toBe(400);
			expect((await e.json()).error.message, bad).toMatch(msg);
		}
		const post = await fetch(`${app.url}/api/v1/forecast`, { method: 'POST' });
		expect(post.status).toBe(405);
	});

	it('shows a forecast on the region profile and on the offences page for the chapter', async () => {
		const { page, errors } = await app.open('/regions/KZ-11');
		expect(await page.locator('#forecast-series h2').textContent()).toContain(
			'Акмолинская область'
		);
		expect(await page.locator('#forecast-series .chart-svg > svg').count()).toBe(1);
		await page.close();
		const off = await app.open('/offences?row=107');
		expect(await off.page.locator('#forecast-series h2').textContent()).toContain('Глава 6.');
		expect(
			await off.page.locator('#forecast-series tbody tr', { hasText: 'прогноз' }).count()
		).toBe(3);
		expect(await off.page.locator('[data-testid="forecast-link"]').getAttribute('href')).toBe(
			'/forecasts?series=ch6'
		);
		expect([...errors, ...off.errors]).toEqual([]);
		await off.page.close();
	});
});

describe('series-breaking events', () => {
	it('are marked on every time-series chart (all of them span 2018–2022 in the demo)', async () => {
		const charts: [string, string][] = [
			['/', 'overview-trend'],
			['/regions/KZ-11', 'profile-dynamics'],
			['/regions/KZ-11', 'forecast-series'],
			['/courts', 'courts-national'],
			['/penitentiary', 'penitentiary-prison'],
			['/forecasts', 'forecast-series']
		];
		for (const [view, id] of charts) {
			const { page } = await app.open(view);
			const texts = await page.locator(`#${id} .chart-svg > svg text`).allTextContents();
			for (const label of [
				'Реформа регионов (июнь 2018)',
				'Закон о гуманизации (июль 2018)',
				'COVID-19 (2020)',
				'Январские события (2022)',
				'Реформа регионов (июнь 2022)'
			])
				expect(texts, `${view} #${id}`).toContain(label);
			await page.close();
		}
	});
});

describe('/data', () => {
	it('pages the sources and findings tables in the URL; downloads hold every row', async () => {
		const [{ n }] = await readWarehouse<{ n: number }>(
			DEMO_DB,
			`SELECT count(*)::INTEGER AS n FROM source_file`
		);
		expect(n).toBeGreaterThan(100);
		const html = await (await fetch(`${app.url}/data`)).text();
		expect(html.length).toBeLessThan(250_000);
		const { page } = await app.open('/data');
		expect(await page.locator('#data-sources tbody tr').count()).toBe(50);
		const pager = page.locator('[data-pager="data-sources"]');
		expect((await pager.textContent())?.replace(/\s+/g, ' ')).toContain(`из ${Math.ceil(n / 50)}`);
		const first = await page.locator('#data-sources tbody tr').first().textContent();
		await pager.locator('a[rel="next"]').click();
		await page.waitForURL(/sources_page=2/);
		await page.waitForLoadState('networkidle');
		expect(await page.locator('#data-sources tbody tr').first().textContent()).not.toBe(first);
		const csv = await (await fetch(`${app.url}/api/v1/data/data-sources.csv?limit=10000`)).text();
		const dataLines = csv.split('\r\n').filter((l) => l && !/^"?#/.test(l));
		expect(dataLines.length - 1).toBe(n);
		expect((await fetch(`${app.url}/data?sources_page=100000`)).status).toBe(400);
		await page.close();
	});
});

describe('a forecast that cannot be made (real forms only, one year: 2022)', () => {
	// The national series falls back to the 16 regional 2022 workbooks: one year in all.
	const why = {
		ru: 'Слишком короткий ряд для прогноза: лет в сопоставимых границах 1 (2022); нужно не меньше 3.',
		kk: 'Болжам үшін қатар тым қысқа: салыстырмалы шекаралардағы жылдар 1 (2022); кемінде қажет 3.',
		en: 'Series too short for a forecast: years in comparable borders 1 (2022); at least 3.'
	};
	const backtestClaim =
		/проверены на прошлых данных|өткен деректерде тексерілген|checked on past data|бэктест|backtest/i;

	it.each(Object.entries(why))(
		'says why in one line (%s) and draws nothing',
		async (lang, line) => {
			const { page, errors } = await real.open(`/forecasts?lang=${lang}`);
			const refusal = page.locator('[data-testid="forecast-refusal"]');
			expect((await refusal.textContent())?.trim()).toBe(line);
			expect(await page.locator('main [role="status"]').count()).toBe(1);
			// no chart, no table, no model card, no source line, no claim of a backtest
			for (const sel of ['.chart-svg', 'svg', 'figure', 'table', '#forecast-card', '.source-line'])
				expect(await page.locator(`main ${sel}`).count(), sel).toBe(0);
			expect(await page.locator('main').textContent()).not.toMatch(backtestClaim);
			if (lang === 'ru')
				await page.screenshot({ path: join(SCREENSHOTS, 'real_forecasts.png'), fullPage: true });
			expect(errors).toEqual([]);
			await page.close();
		}
	);

	// Short chapter names in the series select (issue 17: the whole titles made the page
	// 863–1124 px wide on a phone); the whole title is the option's tooltip. Names from
	// src/lib/domain/criminal-code.ts, chapter 6 (UK RK 2014, Глава 6).
	const ch6 = {
		ru: ['Гл. 6 · Против собственности', 'Глава 6. Уголовные правонарушения против собственности'],
		kk: ['6-тар. · Меншікке қарсы', '6-тарау. Меншікке қарсы қылмыстық құқық бұзушылықтар'],
		en: ['Ch. 6 · Property', 'Chapter 6. Criminal offences against property']
	};
	it.each(Object.entries(ch6))(
		'offers the series by short chapter names (%s) and fits 390 px',
		async (lang, [label, title]) => {
			const page = await real.browser.newPage({ viewport: { width: 390, height: 844 } });
			await page.goto(`${real.url}/forecasts?series=ch6&lang=${lang}`, {
				waitUntil: 'networkidle'
			});
			const option = page.locator('select[name="series"] option[value="ch6"]');
			expect((await option.textContent())?.trim()).toBe(label);
			expect(await option.getAttribute('title')).toBe(title);
			expect(await page.locator('select[name="series"]').inputValue()).toBe('ch6');
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(390);
			await page.close();
		}
	);

	it('names the reform when a region has no whole year in its borders (Abai, June 2022)', async () => {
		const { page } = await real.open('/forecasts?region=KZ-10&lang=en');
		expect(await page.locator('[data-testid="forecast-refusal"]').textContent()).toBe(
			'Series too short for a forecast: years in comparable borders 0 (—); at least 3.'
		);
		await page.close();
	});

	it('the API gives the same reason as JSON, in either format; the region page draws no fan', async () => {
		for (const fmt of ['json', 'csv']) {
			const r = await fetch(`${real.url}/api/v1/forecast?format=${fmt}&lang=en`);
			expect(r.status, fmt).toBe(422);
			expect(r.headers.get('content-type')).toMatch(/application\/json/);
			const { error } = await r.json();
			expect(error.refusal).toBe(why.en);
			expect(error.message).toBe(`no forecast for these parameters: ${why.en}`);
		}
		const { page } = await real.open('/regions/KZ-11');
		expect(await page.locator('#forecast-series .chart-svg').count()).toBe(0);
		expect((await page.locator('#forecast-series .note').textContent())?.trim()).toBe(
			'Слишком короткий ряд для прогноза: лет в сопоставимых границах 1 (2022); нужно не меньше 3.'
		);
		await page.close();
	});
});
