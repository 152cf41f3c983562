/**
 * Legal and administrative events that break crime series; marked on every time series so
 * that nobody reads a code change or a border change as a change in crime.
 */
import type { MessageKey } from '../i18n';

export interface SeriesEvent {
	date: string;
	key: MessageKey;
}

export const SERIES_EVENTS: SeriesEvent[] = [
	{ date: '2015-01-01', key: 'event.2015' },
	{ date: '2017-01-01', key: 'event.2017' },
	{ date: '2018-06-19', key: 'event.2018' },
	{ date: '2020-03-16', key: 'event.2020' },
	{ date: '2022-06-08', key: 'event.2022' }
];
