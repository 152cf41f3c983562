/**
 * The offenders-and-victims panels on the embedded default warehouse (`build-default`: the
 * synthetic demo and the published figures), which holds no Form 1-M section that counts
 * people and, of R1, only графа 2: every panel is empty and says which figures are missing —
 * never a table of «no data» rows or a chart of a lone total.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/lib/i18n';
import { parseViewQuery } from '../../src/lib/server/params';
import { onDemoWarehouse } from './demo-warehouse.ts';

const demo = onDemoWarehouse('sarapshy-people-demo-');

describe('people panels without the people sections', () => {
	it('are empty with the reason, naming the missing Form 1-M figures', async () => {
		const q = parseViewQuery(new URLSearchParams('region=KZ-11'));
		const tr = translator('ru');
		const place = await demo.datasets().DATASETS['people-place'](q, tr);
		expect(place!.rows).toEqual([]);
		expect(place!.chart).toBeUndefined();
		expect(place!.note).toBe(
			'В хранилище нет этих данных формы 1-М за этот период (R1 гр. 2, 26, 27, 28): они загружаются с рабочими книгами формы (etl import).'
		);
		const victims = await demo.datasets().DATASETS['people-victims'](q, translator('en'));
		expect(victims!.rows).toEqual([]);
		expect(victims!.note).toContain('(R3-1)');
		// Nothing to cite: no forms and no hash in the source line.
		expect(victims!.source.forms).toEqual([]);
	});
});
