/**
 * What the model cannot see. It has one mean time served and one share sentenced to
 * imprisonment per year, so a change of law, an amnesty or mass releases show up only as a
 * misfit; the list says which such events fall in or after its calibration window (from the
 * one calendar, src/lib/domain/calendar.ts, plus the amnesty rows of data/published).
 */
import { CALENDAR } from '../domain/calendar';
import type { StockObservation, UnseenBreak } from './types';

const WHY: Record<string, string> = {
	'codes-2015':
		'the 2014 Criminal and Penal Codes (in force 1 Jan 2015) shortened terms and widened non-custodial sentences; the model is fitted only from December 2015 on and assumes their effect is already in the mean time served',
	'probation-2017':
		'the 2017 probation law changed who is supervised; the probation inflow share is one number over the whole window',
	'covid-2020':
		'COVID-19: early releases and fewer trials in 2020 are not in the model; the published stocks of 2020 carry them as a misfit'
};

/** The breaks the model cannot see, with the amnesties that were published (as persons released). */
export function unseenBreaks(amnesty: readonly StockObservation[]): UnseenBreak[] {
	const out: UnseenBreak[] = CALENDAR.filter((e) => WHY[e.id]).map((e) => ({
		id: e.id,
		date: e.date,
		what: WHY[e.id]
	}));
	out.push({
		id: 'humanisation-2018',
		date: '2018-07-01',
		what: 'the July 2018 humanisation law (domain.md, legal milestones) came after the last published share of convicts sentenced to imprisonment (H1 2018); whatever it changed in sentencing is not in the model'
	});
	for (const a of amnesty)
		out.push({
			id: `amnesty-${a.id}`,
			date: a.date,
			what: `amnesty applied to ${a.value} persons (${a.id}); it precedes the calibration window and no later amnesty is published, so none is projected`
		});
	out.push({
		id: 'amnesty-unpublished',
		date: '',
		what: 'amnesties without a published count of persons released are not modelled; a future amnesty would lower the population below the projection'
	});
	return out.sort((a, b) => (a.date || '9').localeCompare(b.date || '9'));
}
