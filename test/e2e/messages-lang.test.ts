/**
 * Messages in the reader's language over real HTTP against the built app on the warehouse
 * built from ../shared/data (harness REAL_DB): API errors keep their status and machine code
 * and say the message in `lang` (or the lang cookie / Accept-Language; English when the
 * request names none), and the validation findings on /data read in Russian and Kazakh.
 * The finding checked: Akmola Region.XLSX, sheet R1-1, row code 3, графа 1 (E9) = 4,535 while
 * rows 4–7 (E10:E13) give 610 + 2,668 + 1,161 + 95 = 4,534 (control sum R1-1.row3=row4+5+6+7).
 */
import { describe, expect, it } from 'vitest';
import { REAL_DB, dashboard } from './harness';

const app = dashboard(REAL_DB);

interface ErrorBody {
	error: { status: number; code: string; message: string; message_en?: string };
}
async function apiError(path: string, init: RequestInit = {}) {
	const r = await fetch(app.url + path, init);
	return { status: r.status, allow: r.headers.get('allow'), body: (await r.json()) as ErrorBody };
}

// Words of the English sentences that must not be in a Kazakh or Russian one.
const ENGLISH = /\b(must|be|unknown|parameters?|invalid|dataset|see|list|allowed|not|is|the)\b/i;

describe('API errors in the request language', () => {
	it('a bad parameter in lang=kk: the same status and code, the message in Kazakh', async () => {
		const path = '/api/v1/data/regions-indicator.json?period=22&indicator=count';
		const kk = await apiError(`${path}&lang=kk`);
		const en = await apiError(`${path}&lang=en`);
		expect([kk.status, en.status]).toEqual([400, 400]);
		expect(kk.body.error.code).toBe('invalid_parameter');
		expect(en.body.error.code).toBe('invalid_parameter');
		expect(kk.body.error.message).toBe(
			'параметрлер қате — period: кезең — ЖЖЖЖ (толық жыл) немесе ЖЖЖЖ-АА (қаңтардан осы айға дейін)'
		);
		expect(kk.body.error.message).not.toMatch(ENGLISH);
		// English: the route's own sentence, as before; also given beside the Kazakh one.
		expect(en.body.error.message).toBe(
			'invalid parameters — period: period must be YYYY (whole year) or YYYY-MM (January to that month)'
		);
		expect(en.body.error.message_en).toBeUndefined();
		expect(kk.body.error.message_en).toBe(en.body.error.message);
	});

	it('says each kind of error in kk and ru with its status kept', async () => {
		const unknownDataset = await apiError('/api/v1/data/no-such.json?lang=kk');
		expect([unknownDataset.status, unknownDataset.body.error.code]).toEqual([
			404,
			'unknown_dataset'
		]);
		expect(unknownDataset.body.error.message).toBe(
			'«no-such» деректер жинағы белгісіз; тізімі — /api/v1/datasets'
		);
		const format = await apiError('/api/v1/data/regions-indicator.pdf?lang=ru');
		expect([format.status, format.body.error.code]).toEqual([400, 'unknown_format']);
		expect(format.body.error.message).toBe(
			'неизвестный формат «pdf»; допустимы: json, csv, xlsx, svg'
		);
		const unknownParam = await apiError('/api/v1/forecast?colour=red&lang=kk');
		expect([unknownParam.status, unknownParam.body.error.code]).toEqual([400, 'unknown_parameter']);
		expect(unknownParam.body.error.message).toMatch(/^белгісіз параметрлер: colour; /);
		const repeated = await apiError(
			'/api/v1/data/regions-indicator.json?region=KZ-11&region=KZ-75&lang=ru'
		);
		expect([repeated.status, repeated.body.error.code]).toEqual([400, 'repeated_parameter']);
		expect(repeated.body.error.message).toBe(
			'параметр region указан 2 раз(а); укажите каждый параметр один раз'
		);
		const write = await apiError('/api/v1/data/regions-indicator.json?lang=kk', {
			method: 'POST'
		});
		expect([write.status, write.body.error.code, write.allow]).toEqual([
			405,
			'method_not_allowed',
			'GET, HEAD'
		]);
		expect(write.body.error.message).toMatch(/^POST әдісіне .* рұқсат жоқ/);
		const route = await apiError('/api/v9/nothing?lang=ru');
		expect([route.status, route.body.error.code]).toEqual([404, 'no_route']);
		expect(route.body.error.message).toBe(
			'нет такого адреса API: /api/v9/nothing; см. /api/v1/datasets и docs/API.md'
		);
		// KZ-11 has one whole year (2022) in this warehouse: no forecast, 422, said in Kazakh.
		const forecast = await apiError('/api/v1/forecast?region=KZ-11&lang=kk');
		expect([forecast.status, forecast.body.error.code]).toEqual([422, 'no_forecast']);
		expect(forecast.body.error.message).toMatch(/^бұл параметрлермен болжам жасалмайды: /);
	});

	it('says the bulk download and compare refusals in kk and ru, with their own codes', async () => {
		const kind = await apiError('/api/v1/bulk/cells.csv?kind=all&lang=ru');
		expect([kind.status, kind.body.error.code]).toEqual([400, 'invalid_parameter']);
		expect(kind.body.error.message).toBe(
			'неверные параметры — kind: kind — real (реальные данные) или synthetic (демо-данные)'
		);
		const format = await apiError('/api/v1/bulk/cells.xlsx?lang=kk');
		expect([format.status, format.body.error.code]).toEqual([400, 'unknown_format']);
		expect(format.body.error.message).toBe(
			'«xlsx» пішімі белгісіз; рұқсат етілгендері: csv, parquet'
		);
		// The real warehouse holds only real cells: kind=synthetic is a 404 naming the other kind.
		const none = await apiError('/api/v1/bulk/cells.csv?kind=synthetic&lang=kk');
		expect([none.status, none.body.error.code]).toEqual([404, 'no_cells_of_kind']);
		expect(none.body.error.message).toMatch(
			/^қоймада нысандардың синтетикалық ұяшықтары жоқ; kind=real \d+ ұяшық береді$/
		);
		const years = await apiError(
			'/api/v1/data/compare.json?regions=KZ-11&from=2023&to=2020&lang=ru'
		);
		expect([years.status, years.body.error.code]).toEqual([400, 'invalid_parameter']);
		expect(years.body.error.message).toBe(
			'неверные параметры — from: from и to — годы с 1991 по 2100, from не позже to; ' +
				'to: from и to — годы с 1991 по 2100, from не позже to'
		);
		for (const m of [kind, format, none, years].map((e) => e.body.error.message))
			expect(m).not.toMatch(ENGLISH);
	});

	it('takes the language from the lang cookie or Accept-Language; English when none', async () => {
		const path = '/api/v1/data/no-such.json';
		const cookie = await apiError(path, { headers: { cookie: 'lang=kk' } });
		expect(cookie.body.error.message).toMatch(/деректер жинағы белгісіз/);
		const accept = await apiError(path, {
			headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' }
		});
		expect(accept.body.error.message).toMatch(/^неизвестный набор данных/);
		const none = await apiError(path);
		expect(none.body.error).toEqual({
			status: 404,
			code: 'unknown_dataset',
			message: 'unknown dataset «no-such»; see /api/v1/datasets for the list'
		});
	});
});

describe('findings on /data in the page language', () => {
	it('reads the Akmola finding in Russian, no English word in the findings table', async () => {
		const { page } = await app.open('/data?period=2022&section=R1-1&region=KZ-11&lang=ru');
		const g1 = page.locator('#data-findings tbody tr', { hasText: '(ячейка E9)' });
		expect(await g1.count()).toBe(1);
		const text = (await g1.textContent())!.replace(/\s+/g, ' ');
		expect(text).toContain(
			'R1-1, строка 3, графа 1 (ячейка E9): 4 535, но R1-1, строки 4 + 5 + 6 + 7, графа 1 в сумме дают 4 534'
		);
		const sentences = await page
			.locator('#data-findings tbody td[data-key="message"]')
			.allTextContents();
		expect(sentences).toHaveLength(5);
		for (const s of sentences) {
			expect(s).toMatch(/сохранено как опубликовано$/);
			expect(s).not.toMatch(/\b(row|rows|cell|is|but|sum|to|kept|as|published|crimes)\b/);
		}
		// The stored English is in the downloads, not on the page.
		expect(await page.locator('#data-findings td[data-key="message_en"]').count()).toBe(0);
		// Rendered from params: no sentence is marked as shown in another language.
		expect(await page.locator('#data-findings td[data-key="message"][lang]').count()).toBe(0);
		// The rule in words (R1-1.row3=row4+5+6+7 is the id the downloads keep).
		const rules = await page.locator('#data-findings tbody td[data-key="rule"]').allTextContents();
		expect(rules.map((r) => r.trim())).toEqual(Array(5).fill('Разд. 1-1: стр. 3 = стр. 4+5+6+7'));
		const csvHref = await page
			.locator('#data-findings a[href*=".csv"]')
			.first()
			.getAttribute('href');
		const csv = await (await fetch(new URL(csvHref!, app.url))).text();
		expect(csv.match(/R1-1\.row3=row4\+5\+6\+7/g)).toHaveLength(5);
		// The region by name on the page, by its code in the download.
		const regions = await page
			.locator('#data-findings tbody td[data-key="region"]')
			.allTextContents();
		expect(regions.map((r) => r.trim())).toEqual(Array(5).fill('Акмолинская область'));
		expect(csv.match(/,KZ-11,/g)).toHaveLength(5);
		expect(csv).toContain('Сообщение (исходное, англ.)');
		await page.close();
	});

	it('reads it in Kazakh', async () => {
		const { page } = await app.open('/data?period=2022&section=R1-1&region=KZ-11&lang=kk');
		const g1 = page.locator('#data-findings tbody tr', { hasText: '(E9 ұяшығы)' });
		expect((await g1.textContent())!.replace(/\s+/g, ' ')).toContain(
			'R1-1, 3-жол, 1-баған (E9 ұяшығы): 4 535, бірақ R1-1, 4 + 5 + 6 + 7-жолдар, 1-баған қосындысы 4 534'
		);
		expect((await g1.locator('td[data-key="rule"]').textContent())!.trim()).toBe(
			'1-1-бөлім: 3-жол = 4+5+6+7-жолдар'
		);
		await page.close();
	});
});
