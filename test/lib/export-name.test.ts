/**
 * One file name for every format and every button: sarapshy-<view>-<region>-<period>.<ext>,
 * the region `kz` for the whole country, the period the filter's, else the dataset's span.
 */
import { describe, expect, it } from 'vitest';
import { exportFileName, exportStem } from '../../src/lib/export-name';

const ds = (id: string, query: string, period: string) => ({ id, query, source: { period } });

describe('exportFileName', () => {
	it.each([
		// The issue: overview-trend.png beside sarapshy-overview-trend-all.svg; now one stem.
		[ds('overview-trend', '', '2015–2022'), 'png', 'sarapshy-overview-trend-kz-2015-2022.png'],
		[ds('overview-trend', '', '2015–2022'), 'svg', 'sarapshy-overview-trend-kz-2015-2022.svg'],
		[
			ds('regions-indicator', '?period=2022&indicator=count', '2022'),
			'csv',
			'sarapshy-regions-indicator-kz-2022.csv'
		],
		[
			ds('forecast-series', '?region=KZ-11&series=ch6', '2015–2022'),
			'xlsx',
			'sarapshy-forecast-series-kz-11-2015-2022.xlsx'
		],
		[
			ds('offences-table', '?period=2023-03', '2023-03'),
			'csv',
			'sarapshy-offences-table-kz-2023-03.csv'
		],
		// A source period that is no period key (words, «all», empty) gives `all`.
		[ds('data-sources', '', 'all'), 'csv', 'sarapshy-data-sources-kz-all.csv'],
		[ds('data-sources', '', ''), 'json', 'sarapshy-data-sources-kz-all.json'],
		[ds('x', '', 'янв.–март 2023'), 'csv', 'sarapshy-x-kz-all.csv']
	])('%o as %s → %s', (d, ext, name) => expect(exportFileName(d, ext)).toBe(name));

	it('keeps only letters, digits and hyphens in a part', () => {
		expect(exportStem('a b/../c"d', 'KZ-75', null)).toBe('sarapshy-a-b-c-d-kz-75-all');
	});
});
