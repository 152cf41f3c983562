/**
 * /courts in Chromium on the warehouse built with `etl import` only (test/e2e/artifacts.ts
 * IMPORT_DB: the 2022 Form 1-M workbooks, data/published, the Bureau's population, the
 * court-outcomes CSV). Hand-checked figures:
 *  - data/published/founding-papers.csv fp-convicted-2015 (line 2) 31,603, fp-convicted-2022
 *    (line 9) 27,061, fp-acquitted-2022 (line 18) 379: acquittal rate 379 ÷ (27,061 + 379) =
 *    1.38 %; population workbook sheet «Все население» X2 19,503,159 (2022) and Y2 19,766,807
 *    (2023): conviction index 27,061 ÷ 19,634,983 × 100,000 = 137.8.
 *  - ../shared/data/courts/sexual-offences-court-outcomes-2016-2023.csv, the 32 article rows
 *    (rapeNNN, try_rapeNNN, child_rapeNNN, chile_abuseNNN; the subtotal rows «rape» and «child»
 *    left out), each term column summed over 2016–2023: year_less_1 15, year_1_3 97,
 *    year_1_5 263, year_3_5 433, year_5_8 164, year_8_10 129, year_10_12 186, year_15_20 234,
 *    year_20_25 57, year_25_30 0, forever_jail 14, death_punish 0; `total` 1,592.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { IMPORT_DB, dashboard, ruNumber } from './harness';
import { DATA } from '../pipelines/cli/helpers';

const app = dashboard(IMPORT_DB);

/** The keys of the CSV (columns with «_», offence keys with their suffix and without). */
function rawKeys(): string[] {
	const text = readFileSync(
		join(DATA, 'courts/sexual-offences-court-outcomes-2016-2023.csv'),
		'utf8'
	).replace(/^\uFEFF/, '');
	const lines = text.split('\n').filter(Boolean);
	const columns = lines[0].split(',').filter((k) => k.includes('_'));
	const offences = lines.slice(1).map((l) => l.split(',')[0]);
	return [...new Set([...columns, ...offences, 'chile_abuse', 'child_rape', 'try_rape'])];
}
const hasKey = (text: string, key: string) =>
	new RegExp(`(^|[^\\p{L}_])${key}([^\\p{L}_\\d]|$)`, 'u').test(text);

describe('/courts', () => {
	it('shows the convictions of 2015 and 2022, the acquittal rate and the conviction index', async () => {
		const { page, errors } = await app.open('/courts');
		const paper = (year: number) =>
			page
				.locator('#courts-national tbody tr', { hasText: String(year) })
				.filter({ hasText: 'основополагающие документы' })
				.first();
		const cell = (year: number, key: string) =>
			paper(year).locator(`td[data-key="${key}"]`).textContent();
		expect(await cell(2015, 'convicted')).toBe(ruNumber(31603));
		expect(await cell(2022, 'convicted')).toBe(ruNumber(27061));
		expect(await cell(2022, 'acquitted')).toBe(ruNumber(379));
		expect(await cell(2022, 'acquittalRate')).toBe(`${ruNumber(1.38, 2)} %`);
		expect(await cell(2022, 'convictionIndex')).toBe(ruNumber(137.8, 1));
		const note = await page.locator('#courts-national p.note').textContent();
		expect(note).toContain('Доля оправданных = оправданные ÷ (осуждённые + оправданные)');
		expect(note).toContain('Коэффициент судимости = осуждённые ÷ среднегодовая численность');
		const source = await page.locator('#courts-national .source-line').textContent();
		expect(source).toMatch(/population|населен/i);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('marks the papers’ legal milestones on the yearly chart, in every language', async () => {
		const labels: Record<string, string[]> = {
			ru: [
				'Поправки в УПК (дек. 2017)',
				'Закон о гуманизации (июль 2018)',
				'Январские события (2022)'
			],
			kk: [
				'ҚПК түзетулері (2017 ж. желт.)',
				'Ізгілендіру туралы заң (2018 ж. шілде)',
				'Қаңтар оқиғалары (2022)'
			],
			en: [
				'Criminal procedure amendments (Dec 2017)',
				'Humanisation law (July 2018)',
				'January unrest (2022)'
			]
		};
		for (const [lang, expected] of Object.entries(labels)) {
			const { page } = await app.open(`/courts?lang=${lang}`);
			const texts = await page.locator('#courts-national .chart-svg > svg text').allTextContents();
			for (const l of expected) expect(texts, lang).toContain(l);
			await page.close();
		}
	});

	it('lists the sentence terms by length, each counted once', async () => {
		const { page } = await app.open('/courts');
		const rows = page.locator('#courts-bands tbody tr');
		const bands = await rows.locator('td[data-key="band"]').allTextContents();
		const values = await rows.locator('td[data-key="value"]').allTextContents();
		expect(bands).toEqual([
			'менее 1 года',
			'1–3 года',
			'1–5 лет (так в источнике)',
			'3–5 лет',
			'5–8 лет',
			'8–10 лет',
			'10–12 лет',
			'15–20 лет',
			'20–25 лет',
			'25–30 лет',
			'пожизненное лишение свободы',
			'смертная казнь'
		]);
		expect(values).toEqual(
			[15, 97, 263, 433, 164, 129, 186, 234, 57, 0, 14, 0].map((v) => ruNumber(v))
		);
		const note = (await page.locator('#courts-bands p.note').textContent())!;
		expect(note.replace(/[\u00a0\u202f]/g, ' ')).toContain('Сумма сроков 1 592 равна');
		// the bars keep the order of length, not of count
		const ticks = await page
			.locator('#courts-bands .chart-svg > svg [aria-label="y-axis tick label"] text')
			.allTextContents();
		expect(ticks.slice(0, 4)).toEqual(bands.slice(0, 4));
		await page.close();
	});

	it('names every offence and punishment, never by a key of the CSV, in ru, kk and en', async () => {
		const keys = rawKeys();
		for (const lang of ['ru', 'kk', 'en']) {
			const { page, errors } = await app.open(`/courts?lang=${lang}`);
			// textContent: the tables behind the charts are in closed <details> (no innerText)
			const text = (await page.locator('main').textContent())!;
			const html = await page.content();
			for (const k of keys) {
				expect(hasKey(text, k), `${lang}: «${k}» on the page`).toBe(false);
				// In the HTML (attributes, hydration data) only the unmistakable keys: a bare
				// «child» is also CSS («:last-child»).
				if (/[_\d]/.test(k)) expect(hasKey(html, k), `${lang}: «${k}» in the HTML`).toBe(false);
			}
			expect(await page.locator('#courts-punishments tbody tr').count()).toBeGreaterThan(10);
			expect(errors).toEqual([]);
			await page.close();
		}
		const en = await app.open('/courts?lang=en');
		expect(await en.page.locator('#courts-articles tbody').textContent()).toContain('Rape');
		expect(await en.page.locator('#courts-punishments tbody').textContent()).toContain(
			'Suspended sentence'
		);
		await en.page.close();
	});

	it('exports CSV and XLSX with translated headers and labels, and the source line', async () => {
		const keys = rawKeys();
		for (const id of ['courts-articles', 'courts-bands', 'courts-punishments']) {
			for (const lang of ['ru', 'kk', 'en']) {
				for (const fmt of ['csv', 'json', 'xlsx']) {
					const res = await fetch(`${app.url}/api/v1/data/${id}.${fmt}?lang=${lang}`);
					expect(res.status, `${id}.${fmt}`).toBe(200);
					const bytes = new Uint8Array(await res.arrayBuffer());
					// an XLSX is a zip: its sheets and shared strings are read as text
					const body =
						fmt === 'xlsx'
							? Object.values(unzipSync(bytes))
									.map((b) => strFromU8(b))
									.join('\n')
							: strFromU8(bytes);
					for (const k of keys) expect(hasKey(body, k), `${id}.${fmt} ${lang}: ${k}`).toBe(false);
				}
			}
		}
		const csv = await (await fetch(`${app.url}/api/v1/data/courts-bands.csv?lang=en`)).text();
		expect(csv).toContain('less than 1 year');
		const xlsx = unzipSync(
			new Uint8Array(
				await (await fetch(`${app.url}/api/v1/data/courts-punishments.xlsx?lang=kk`)).arrayBuffer()
			)
		);
		expect(
			Object.values(xlsx)
				.map((b) => strFromU8(b))
				.join('\n')
		).toContain('Шартты түрде соттау');
		// The source line names the court-outcomes source in words, not by its id `courts`.
		expect(csv).toMatch(/Source: court statistics/);
		await fetch(`${app.url}/api/v1/data/courts-published.csv`).then((r) =>
			expect(r.status).toBe(200)
		);
	});
});
