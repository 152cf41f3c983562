/**
 * Policy scenarios (issue #18) on the BUILT server over real HTTP (demo warehouse, which holds
 * data/published): /api/v1/scenario in JSON, CSV and XLSX with its refusals, and the panel on
 * /penitentiary in Chromium in three languages, its levers kept in the URL.
 *
 * Hand-checked figures (data/published): the model starts from 40,159 prisoners «as of
 * December 2015» (kzpf-149); the last national count is «более 30 тыс.» on 5 Dec 2025
 * (kzpf-158), so projections start in 2026; the backtest compares the counts of 2019–2024:
 * kzpf-154 (30,001, January 2019) … kzpf-157 (34,000, 3 Nov 2021) and fp-prison-2024-07 (37,000).
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { DEMO_DB, dashboard } from './harness';

const app = dashboard(DEMO_DB);
const api = (q: string) => fetch(`${app.url}/api/v1/scenario${q}`);

describe('/api/v1/scenario', () => {
	it('projects the baseline from 2026 with sources, parameters, backtest and breaks', async () => {
		const r = await api('');
		expect(r.status).toBe(200);
		const j = await r.json();
		expect(j.years).toEqual([2026, 2027, 2028, 2029, 2030]);
		expect(j.isBaseline).toBe(true);
		expect(j.prison.published[0]).toMatchObject({ id: 'fp-prison-2012', value: 48000 });
		expect(j.prison.published.find((o: { id: string }) => o.id === 'kzpf-149').value).toBe(40159);
		expect(j.backtest.prison.points.map((p: { id: string }) => p.id)).toEqual([
			'kzpf-154',
			'kzpf-155',
			'kzpf-156',
			'kzpf-157',
			'fp-prison-2024-07'
		]);
		const basis = Object.fromEntries(
			j.parameters.map((p: { key: string; basis: string }) => [p.key, p.basis])
		);
		expect(basis).toMatchObject({
			stay: 'fitted',
			supervision: 'assumption',
			pretrial: 'published'
		});
		expect(j.breaks.map((b: { id: string }) => b.id)).toEqual(
			expect.arrayContaining(['codes-2015', 'covid-2020', 'amnesty-kzpf-018'])
		);
		for (const y of j.prison.baseline) {
			expect(y.lo95).toBeLessThanOrEqual(y.lo80);
			expect(y.hi80).toBeLessThanOrEqual(y.hi95);
		}
		expect(j.sources['kzpf-149']).toMatch(/^https:\/\/silkroadnews\.org\//);
	});

	it('applies levers: a lower imprisonment share lowers the projected population', async () => {
		const j = await (await api('?h=3&imprisonmentShare=20')).json();
		expect(j.years).toEqual([2026, 2027, 2028]);
		expect(j.isBaseline).toBe(false);
		for (const d of j.prison.difference) expect(d.mean).toBeLessThan(0);
		for (const p of j.places) expect(p.scenario).toBeLessThanOrEqual(p.baseline);
	});

	it('refuses a lever outside the published range (422) and bad input (400)', async () => {
		const r = await api('?imprisonmentShare=60');
		expect(r.status).toBe(422);
		const e = await r.json();
		expect(e.error.lever).toBe('imprisonmentShare');
		expect(e.error.message).toMatch(/outside what the data supports \(20 to 45 %\)/);
		const bad = await api('?share=30');
		expect(bad.status).toBe(400);
		expect((await bad.json()).error.message).toMatch(/unknown parameter\(s\) share/);
		expect((await api('?h=abc')).status).toBe(400);
		expect((await api('?format=pdf')).status).toBe(400);
		expect((await fetch(`${app.url}/api/v1/scenario`, { method: 'POST' })).status).toBe(405);
	});

	it('exports CSV and XLSX with sources and assumptions, formulas neutralised', async () => {
		const r = await api('?timeServedPct=-10&format=csv&lang=en');
		expect(r.headers.get('content-type')).toMatch(/text\/csv/);
		const csv = await r.text();
		expect(csv.split('\r\n')[0]).toMatch(/^# Criminal-policy scenarios/);
		// Parameters and breaks by the panel's words (features/scenario.ts 'scen.p.supervision',
		// 'scen.basis.assumption'), not their keys; the note's words in the page language.
		expect(csv).toMatch(
			/\nparameter,,,"Mean time under probation supervision, years",2,,,1,3,assumption,/
		);
		expect(csv).toMatch(/\nunseen break,,2020-03-16,,,,,,,,/);
		expect(csv).toMatch(/\d+ bootstrap draws, seed \d+/);
		expect(csv).toMatch(/\npublished,prison,2015-12-31,,40159,/);
		// The lever by its name on the panel (features/scenario.ts 'scen.time'), not its id;
		// its text «-10» would start a formula in a spreadsheet: written as '-10
		expect(csv).toMatch(/\nlever,,,"Change in mean time served, %",,,,,,,'-10\r\n/);
		expect(csv).toMatch(/\nlever,,,Convictions,,,,,,,on trend \(forecasting module\)\r\n/);
		expect(csv).toMatch(/\nlever,,,"Share sentenced to imprisonment, %",,,,,,,baseline\r\n/);
		const leverRows = csv.split('\r\n').filter((l) => l.startsWith('lever,'));
		expect(leverRows).toHaveLength(6);
		// no lever id as a cell (the ids stay in the JSON API)
		for (const row of leverRows)
			expect(row).not.toMatch(
				/,(h|convictions|convictionsPct|imprisonmentShare|timeServedPct|probationShiftPct|trend|pct),/
			);
		const x = await api('?format=xlsx');
		const files = unzipSync(new Uint8Array(await x.arrayBuffer()));
		const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
		// No lang: the default, Russian — the rows' words in Russian, not the ids.
		expect(sheet).toContain('невидимый модели разрыв');
		expect(sheet).toContain('Контингент');
		expect(sheet).not.toContain('unseen break');
		expect(sheet).toContain('Изменение среднего срока отбывания, %');
		expect(sheet).not.toContain('timeServedPct');
		expect(sheet).toContain('Средний срок на учёте пробации, лет');
		expect(sheet).not.toContain('>supervision<');
		expect(sheet).not.toContain('draws');
		expect(sheet).toContain('kzpf-149');
		const kk = await (await api('?format=csv&lang=kk')).text();
		expect(kk).toMatch(/\nжарияланған,бас бостандығынан айыру,2015-12-31,,40159,/);
		expect(kk).toMatch(/\nтетік,,,"Көкжиек, жыл",,,,,,,5\r\n/);
	});
});

describe('/penitentiary scenario panel', () => {
	it('shows the projection, places, backtest and parameters, and keeps the levers in the URL', async () => {
		const { page, errors } = await app.open('/penitentiary');
		const panel = page.locator('#scenario');
		expect(await panel.locator('h2').textContent()).toBe(
			'Сценарии уголовной политики: население учреждений и пробация'
		);
		expect(await page.locator('#scenario-prison svg').count()).toBeGreaterThan(0);
		expect(await page.locator('#scenario-prison tbody tr').count()).toBe(5);
		expect(await page.locator('#scenario-backtest tbody tr', { hasText: 'kzpf-157' }).count()).toBe(
			1
		);
		expect(
			await page
				.locator('#scenario-parameters tbody tr', { hasText: 'Средний срок отбывания' })
				.count()
		).toBe(1);
		await page.fill('input[name="imprisonmentShare"]', '20');
		await page.fill('input[name="h"]', '4');
		await Promise.all([
			page.waitForURL(/imprisonmentShare=20/),
			page.click('[data-scenario-form] button[type="submit"]')
		]);
		expect(page.url()).toMatch(/h=4/);
		expect(await page.locator('input[name="imprisonmentShare"]').inputValue()).toBe('20');
		expect(await page.locator('#scenario-prison tbody tr').count()).toBe(4);
		const diff = await page
			.locator('#scenario-prison tbody tr')
			.first()
			.locator('td[data-key="difference"]')
			.textContent();
		expect(diff).toMatch(/^[−-]\s?\d/);
		expect(errors).toEqual([]);
	});

	it('refuses a lever outside the data, in kk and en', async () => {
		const { page } = await app.open('/penitentiary?imprisonmentShare=60&lang=en');
		const alert = page.locator('[data-scenario-refusal]');
		expect(await alert.textContent()).toMatch(
			/^Lever outside the range the data supports: .*20 to 45 %/
		);
		expect(await page.locator('#scenario-title').textContent()).toBe(
			'Criminal-policy scenarios: prison population and probation'
		);
		const kk = await app.open('/penitentiary?lang=kk&probationShiftPct=20');
		expect(await kk.page.locator('#scenario-title').textContent()).toBe(
			'Қылмыстық саясат сценарийлері: мекемелердегі адамдар саны және пробация'
		);
		expect(await kk.page.locator('#scenario-probation figcaption').textContent()).toMatch(
			/^Пробация қызметінің есебінде тұрғандар, 2026–2030/
		);
		expect(kk.errors).toEqual([]);
	});
});
