import { describe, expect, it } from 'vitest';
import { CURRENT_REGIONS, regionExistsOn, resolveRegion } from '../../../src/lib/domain/regions';

describe('regions', () => {
	it('has the 20 current regions of domain.md', () => {
		expect(CURRENT_REGIONS).toHaveLength(20);
		expect(new Set(CURRENT_REGIONS.map((r) => r.code)).size).toBe(20);
	});
	// Names as the 2022 workbook titles write them (docProps/core.xml dc:title of each file in
	// ../shared/data/qamqor/form-1m/2022) and as the Bureau's workbook writes them.
	it.each([
		['область Абай', 'KZ-10'],
		['Акмолинская область', 'KZ-11'],
		['Астана', 'KZ-71'],
		['г.Шымкент', 'KZ-79'],
		['Мангистауская область', 'KZ-47'],
		['Туркестанская 1', 'KZ-61'],
		['Жетісу', 'KZ-33'],
		['Ұлытау', 'KZ-62'],
		['г. Алматы', 'KZ-75'],
		['Алматинская', 'KZ-19'],
		['KZ-71', 'KZ-71'],
		['kz-63', 'KZ-63'],
		['North Kazakhstan Region', 'KZ-59']
	])('resolves «%s» to %s', (name, code) => {
		expect(resolveRegion(name)?.code).toBe(code);
	});
	it('does not guess an unknown name', () => {
		expect(resolveRegion('Южно-Казахстанская область X')).toBeUndefined();
		expect(resolveRegion('Атлантида')).toBeUndefined();
	});
	it('knows the 2018 and 2022 lineage', () => {
		expect(regionExistsOn('KZ-10', '2021-12-31')).toBe(false);
		expect(regionExistsOn('KZ-10', '2022-12-31')).toBe(true);
		expect(regionExistsOn('KZ-79', '2017-01-01')).toBe(false);
		expect(regionExistsOn('KZ-11', '2001-01-01')).toBe(true);
	});
});
