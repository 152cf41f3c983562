/**
 * The dictionary is assembled from a core and one module per feature (src/lib/i18n/features):
 * a key defined twice would silently let one part overwrite another, and a language missing a
 * key would show nothing. Both are checked here, on the assembled MESSAGES.
 */
import { describe, expect, it } from 'vitest';
import { DICTIONARY_PARTS, LANGS, MESSAGES } from '../../../src/lib/i18n/messages';

describe('i18n dictionary', () => {
	it('keeps the key sets of the core and of every feature disjoint', () => {
		const seen = new Map<string, string>();
		const clashes: string[] = [];
		for (const [part, dict] of Object.entries(DICTIONARY_PARTS)) {
			for (const key of Object.keys(dict)) {
				const before = seen.get(key);
				if (before) clashes.push(`${key} (${before} and ${part})`);
				seen.set(key, part);
			}
		}
		expect(clashes).toEqual([]);
		expect(Object.keys(MESSAGES.ru).length).toBe(seen.size);
	});

	it('has every key, non-empty, in ru, kk and en', () => {
		const keys = Object.keys(MESSAGES.ru).sort();
		// A note that only other languages need (e.g. «article names stay in Russian») is
		// deliberately empty in ru; every other key must say something in every language.
		const ruOnlyEmpty = new Set(['offences.article_note', 'offences.translation_note']);
		for (const lang of LANGS) {
			expect(Object.keys(MESSAGES[lang]).sort()).toEqual(keys);
			const empty = keys.filter(
				(k) =>
					!(lang === 'ru' && ruOnlyEmpty.has(k)) &&
					!(MESSAGES[lang] as Record<string, string>)[k]?.trim()
			);
			expect(empty, lang).toEqual([]);
		}
	});
});
