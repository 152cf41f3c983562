/**
 * A warehouse built with `etl import` only — the 16 Form 1-M workbooks of 2022
 * (../shared/data/qamqor/form-1m/2022), `data/published`, population and court outcomes, no
 * `build-default` (test/e2e/artifacts.ts IMPORT_DB) — holds the published figures too, and
 * shows them next to the real forms, with nothing synthetic (issue 13, items 1–3).
 *
 * Hand-checked figures:
 *  - data/published/founding-papers.csv, fp-convicted-2015 and fp-convicted-2022: convicted
 *    persons (first-instance courts, form 1) 31,603 in 2015 and 27,061 in 2022, source
 *    doc:founding-papers (the founding papers' table of 2015–2022).
 *  - The 16 workbooks, sheet R1-1, row code 1, графа 1 (E7), summed: 111,288 registered
 *    offences in 2022; data/published/kz-published-figures.csv kzpf-207: the republic's
 *    published 157,473 for 2022.
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_DB, dashboard, ruNumber } from './harness';

const app = dashboard(IMPORT_DB);

describe('a warehouse built with etl import only', () => {
	it('/courts shows the published convictions 2015–2022 with their source', async () => {
		const { page, errors } = await app.open('/courts');
		const paper = (year: number) =>
			page
				.locator('#courts-national tbody tr', { hasText: String(year) })
				.filter({ hasText: 'основополагающие документы' })
				.first()
				.locator('td[data-key="convicted"]')
				.textContent();
		expect(await paper(2015)).toBe(ruNumber(31603));
		expect(await paper(2022)).toBe(ruNumber(27061));
		expect(errors).toEqual([]);
		await page.close();
	});

	it('the overview shows the 16-region sum with the published figure beside it, nothing synthetic', async () => {
		const { page, errors } = await app.open('/?period=2022');
		const kpi = await page.locator('#overview-kpis [data-kpi="all"] .v').getAttribute('data-value');
		expect(Number(kpi)).toBe(111288);
		const coverage = (await page
			.locator('#overview-kpis [data-coverage]')
			.first()
			.textContent())!.replace(/[\u00a0\u202f]/g, ' ');
		expect(coverage).toContain('сумма 16 из 20 регионов');
		expect(coverage).toContain('157 473');
		expect(await page.locator('.synthetic-mark').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('health lists the 16 real Form 1-M files and the published files, no demo', async () => {
		const health = await (await fetch(`${app.url}/api/v1/health`)).json();
		expect(health.sources).toEqual(
			expect.arrayContaining([{ form: '1-M', files: 16, synthetic: false }])
		);
		expect(health.sources.some((s: { form: string }) => s.form === 'published')).toBe(true);
		expect(health.sources.some((s: { synthetic: boolean }) => s.synthetic)).toBe(false);
		expect(health.demoDataInUse).toBe(false);
	});
});
