/**
 * Coverage and findings in real Chromium on the warehouse built from ../shared/data only
 * (test/e2e/artifacts.ts: Form 1-M and СНГ-1 for 2022, population, court outcomes).
 * Hand-checked against the workbooks:
 *  - ../shared/data/qamqor/form-1m/2022 has 16 workbooks; no 2022 workbook for г. Алматы
 *    (KZ-75), Туркестанская область (KZ-61), область Улытау (KZ-62), Жетысуская область
 *    (KZ-33). Sheet R1-1, row code 1 (D7), графа 1 (E7) summed over the 16 = 111,288.
 *  - Akmola Region.XLSX, sheet R1-1: row 3 (E9) = 4,535 ≠ rows 4–7 (E10:E13) 610 + 2,668 +
 *    1,161 + 95 = 4,534; the same control sum fails in графы 1, 2, 3, 4 and 14: 5 findings.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsvRows } from '../server/spreadsheet-formula';
import { REAL_DB, dashboard, ruNumber } from './harness';

const app = dashboard(REAL_DB);

async function open(path: string): Promise<Page> {
	return (await app.open(path)).page;
}

// The pages write thousands with a (narrow) no-break space.
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const MISSING = {
	ru: ['Жетысуская область', 'Туркестанская область', 'область Улытау', 'г. Алматы'],
	kk: ['Жетісу облысы', 'Түркістан облысы', 'Ұлытау облысы', 'Алматы'],
	en: ['Jetisu Region', 'Turkistan Region', 'Ulytau Region', 'Almaty']
};
const SUM = {
	ru: 'сумма 16 из 20 регионов',
	kk: '20 өңірдің 16 өңірінің сомасы',
	en: 'sum of 16 of 20 regions'
};

describe('the overview of a real-only warehouse names what its national sum lacks', () => {
	it.each(['ru', 'kk', 'en'] as const)(
		'in %s: beside the KPIs, under the charts, in the CSV',
		async (lang) => {
			const page = await open(`/?lang=${lang}`);
			const kpi = await page
				.locator('#overview-kpis [data-kpi="all"] .v')
				.getAttribute('data-value');
			expect(Number(kpi)).toBe(111288);
			const line = plain(
				await page.locator('#overview-kpis [data-coverage]').first().textContent()
			);
			expect(line).toContain(SUM[lang]);
			expect(line).toContain(MISSING[lang].join(', '));
			// Under the chart, once, as HTML (the page's drawing leaves its provenance to the page);
			// the exported SVG carries it in its caption, and so does the CSV behind the chart.
			const under = plain(
				(await page.locator('#overview-structure [data-coverage]').allTextContents()).join(' ')
			);
			for (const name of MISSING[lang]) expect(under).toContain(name);
			// …and only there: the drawing on the page does not say it a second time.
			const drawn = plain(
				(await page.locator('#overview-structure .chart-svg text').allTextContents()).join(' ')
			);
			expect(drawn).not.toContain(MISSING[lang][0]);
			const svgHref = await page
				.locator('#overview-structure a[data-export="svg"]')
				.getAttribute('href');
			// (Long caption lines wrap into several <text> elements at spaces.)
			const svgText = plain(
				[...(await (await fetch(app.url + svgHref)).text()).matchAll(/<text[^>]*>([^<]*)</g)]
					.map((m) => m[1])
					.join(' ')
			);
			for (const name of MISSING[lang]) expect(svgText).toContain(name);
			const csvHref = await page
				.locator('#overview-structure a[data-export="csv"]')
				.getAttribute('href');
			const csv = plain(await (await fetch(app.url + csvHref)).text());
			// One `# ` line of the CSV, parsed as CSV (it is quoted: the line holds commas).
			expect(parseCsvRows(csv, ',')).toContainEqual([`# ${line}`]);
			await page.close();
		}
	);
});

describe('findings are marked where the figure is', () => {
	it('marks the Akmola profile figures from R1-1 and links to those findings on /data', async () => {
		const page = await open('/regions/KZ-11?period=2022');
		const marks = page.locator('#profile-kpis td[data-key="check"]');
		expect((await marks.allTextContents()).map((t) => t.trim())).toEqual([
			'⚑ R1-1',
			'⚑ R1-1',
			'⚑ R1-1',
			'⚑ R1-1',
			'',
			'',
			''
		]);
		const link = page.locator('#profile-kpis [data-findings="R1-1"] a');
		expect(await link.getAttribute('href')).toBe(
			'/data?period=2022&section=R1-1&region=KZ-11#data-findings'
		);
		await link.click();
		await page.waitForURL(/\/data\?period=2022&section=R1-1&region=KZ-11/);
		const rows = page.locator('#data-findings tbody tr');
		expect(await rows.count()).toBe(5);
		for (const t of await rows.allTextContents()) expect(t).toContain('R1-1');
		// Графа 1: expected 4 534 (rows 4–7), found 4 535 (row 3).
		const g1 = page.locator('#data-findings tbody tr', { hasText: ruNumber(4535) });
		expect(await g1.count()).toBe(1);
		// …and the way back to every finding.
		expect(await page.locator('a[href="/data#data-findings"]').count()).toBe(1);
		await page.close();
	});

	it('marks the overview cards whose sum holds a workbook with findings', async () => {
		const page = await open('/?period=2022');
		const a = page.locator('#overview-kpis [data-kpi="all"] .check a');
		expect(plain(await a.textContent()).trim()).toBe('⚑ R1-1');
		expect(await a.getAttribute('href')).toBe(
			'/data?period=2022&section=R1-1&region=KZ-11#data-findings'
		);
		await page.close();
	});
});
