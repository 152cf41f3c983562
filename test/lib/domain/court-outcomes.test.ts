/**
 * Every column of the court-outcomes CSV (../shared/data/courts/
 * sexual-offences-court-outcomes-2016-2023.csv, header line 1) is either shown under a name of
 * the courts dictionary or left out on purpose (src/lib/domain/court-outcomes.ts): a new or
 * renamed column fails here instead of silently disappearing or reaching a page as a raw key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	ACQUITTED,
	CONVICTED,
	DISPOSALS,
	IMPRISONED,
	NOT_SHOWN,
	OTHER_MEASURES,
	SENTENCE_BANDS,
	TERMINATED
} from '../../../src/lib/domain/court-outcomes';
import { LANGS, MESSAGES } from '../../../src/lib/i18n/messages';
import { DATA, requireData } from '../../pipelines/cli/helpers';

const CSV = join(DATA, 'courts/sexual-offences-court-outcomes-2016-2023.csv');

describe('the court-outcomes columns', () => {
	it('are each shown once or left out on purpose', () => {
		requireData(CSV);
		const header = readFileSync(CSV, 'utf8')
			.replace(/^\uFEFF/, '')
			.split('\n')[0]
			.trim();
		const measures = header.split(',').slice(1, -1); // type_of_punish … year
		const shown = [
			CONVICTED,
			ACQUITTED,
			TERMINATED,
			...[...SENTENCE_BANDS, ...DISPOSALS, ...OTHER_MEASURES].map((m) => m.measure)
		];
		// IMPRISONED (`total`) is both the source's sum of the terms and a disposal: once in DISPOSALS.
		expect(shown.filter((m) => m === IMPRISONED)).toHaveLength(1);
		expect(new Set(shown).size).toBe(shown.length);
		expect([...shown, ...NOT_SHOWN].sort()).toEqual([...measures].sort());
	});

	it('are named in ru, kk and en, never by the key', () => {
		for (const m of [...SENTENCE_BANDS, ...DISPOSALS, ...OTHER_MEASURES])
			for (const lang of LANGS) {
				const label = MESSAGES[lang][m.label];
				expect(label, `${lang} ${m.measure}`).toBeTruthy();
				expect(label).not.toContain(m.measure);
			}
	});
});
