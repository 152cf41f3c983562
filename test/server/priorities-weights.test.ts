/**
 * What the weights of /priorities did, on the warehouse built from real files only
 * (test/server/real-warehouse.ts: Form 1-M for 2022 and nothing of 2021, 16 of 20 regions):
 * the growth weight (against the same period of 2021) has no data and is said to be dropped,
 * with why; all-zero weights give a message and no score, not «нет данных» in every row; the
 * score method is a validated parameter, kept in the dataset's query, and changes the scores.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realWarehouse } from './real-warehouse';
import { translator } from '../../src/lib/i18n';
import { BadRequest, parseViewQuery } from '../../src/lib/server/params';

let datasets: typeof import('../../src/lib/server/datasets');
let priorities: typeof import('../../src/lib/server/datasets/priorities');

beforeAll(async () => {
	process.env.SARAPSHY_DB = realWarehouse();
	datasets = await import('../../src/lib/server/datasets');
	priorities = await import('../../src/lib/server/datasets/priorities');
}, 600_000);

const q = (s = '') => parseViewQuery(new URLSearchParams(s));
const ru = translator('ru');

describe('priority weights on the real 2022 warehouse', () => {
	it('drops the growth weight for want of 2021 and says so, with the weights used', async () => {
		const s = await priorities.scorePriorities(q('period=2022'), ru);
		expect(s.weighted).toEqual(['rate', 'growth', 'grave', 'recid']);
		expect(s.dropped).toEqual([{ weight: 'growth', why: 'АППГ: в хранилище нет данных за 2021' }]);
		expect(priorities.weightSentences(s, ru)).toEqual([
			'Вес «Рост к АППГ» не учтён: АППГ: в хранилище нет данных за 2021',
			'Учтены веса: Превышение коэффициента над республиканским, Доля тяжких, Рецидив'
		]);
		const en = await priorities.scorePriorities(q('period=2022'), translator('en'));
		expect(priorities.weightSentences(en, translator('en'))[0]).toBe(
			'Weight «Growth vs same period last year» not used: Same period last year: the warehouse holds no data for 2021'
		);
		// 16 regions scored, the four without a workbook not
		expect(s.scored.filter((r) => r.score !== null)).toHaveLength(16);
	});

	it('says what all-zero weights do instead of «нет данных» in every row', async () => {
		const zero = 'period=2022&w_rate=0&w_growth=0&w_grave=0&w_recid=0&w_clear=0';
		const ds = (await datasets.DATASETS['priorities-regions'](q(zero), ru))!;
		expect(ds.note).toContain('Все веса равны 0, сводный балл не рассчитан');
		// no score column, no score chart: the components are shown as they are
		expect(ds.columns.map((c) => c.key)).not.toContain('score');
		expect(ds.chart).toBeUndefined();
		expect(ds.rows).toHaveLength(20);
		expect(ds.columns[0].key).toBe('region');
		// only growth weighted: nothing left to score, said as such
		const growthOnly = 'period=2022&w_rate=0&w_growth=100&w_grave=0&w_recid=0';
		const g = await priorities.scorePriorities(q(growthOnly), ru);
		expect(priorities.weightSentences(g, ru)[1]).toContain(
			'Ни у одного показателя с ненулевым весом нет данных'
		);
	});

	it('scores by min–max or z-score, as the URL says', async () => {
		const grave = 'period=2022&w_rate=0&w_growth=0&w_grave=100&w_recid=0';
		const minmax = (await datasets.DATASETS['priorities-regions'](q(grave), ru))!;
		const z = (await datasets.DATASETS['priorities-regions'](
			q(`${grave}&score_method=zscore`),
			ru
		))!;
		const scoresOf = (rows: typeof z.rows) =>
			rows.map((r) => r.score).filter((v): v is number => typeof v === 'number');
		// min–max: the lowest grave share 0, the highest 100
		expect(Math.min(...scoresOf(minmax.rows))).toBeCloseTo(0, 9);
		expect(Math.max(...scoresOf(minmax.rows))).toBeCloseTo(100, 9);
		// z-score of one component over the 16 regions: mean 0, population SD 1
		const zs = scoresOf(z.rows);
		expect(zs).toHaveLength(16);
		const mean = zs.reduce((a, x) => a + x, 0) / zs.length;
		expect(mean).toBeCloseTo(0, 9);
		expect(Math.sqrt(zs.reduce((a, x) => a + (x - mean) ** 2, 0) / zs.length)).toBeCloseTo(1, 9);
		// the same order (one component), other figures; the method in the export query
		expect(z.rows.map((r) => r.code)).toEqual(minmax.rows.map((r) => r.code));
		expect(z.query).toContain('score_method=zscore');
		expect(minmax.query).not.toContain('score_method');
		expect(z.note).toContain('z-оценка');
		expect(minmax.note).toContain('Мин–макс');
		expect(() => q('score_method=rank')).toThrow(BadRequest);
		expect(() => q('score_method=rank')).toThrow('score_method must be minmax or zscore');
	});
});
