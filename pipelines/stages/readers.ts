/**
 * The extract stage's door to the readers written elsewhere: the official-form reader
 * (pipelines/forms) and the non-form source readers (pipelines/sources). Loaded lazily so the
 * `report` and `cell` commands start fast and do not parse anything.
 */
import type { FormHint } from '../forms/index.ts';
import type { ParsedForm } from '../forms/types.ts';
import type { SourceReader } from '../sources/types.ts';
import type { FormParsePool } from './parse-pool.ts';

type FormReader = (
	bytes: Uint8Array,
	name: string,
	limits?: undefined,
	hint?: FormHint
) => ParsedForm;
let formReader: FormReader | null = null;

async function loadFormReader(): Promise<FormReader> {
	formReader ??= (await import('../forms/index.ts')).readFormWorkbook;
	return formReader;
}

/** Workbooks being parsed ahead of time (prefetchForm), by their bytes. */
const prefetched = new WeakMap<Uint8Array, Promise<ParsedForm>>();

/** `hint`: the analyst's `--form`, used only for a workbook whose title names no form. */
export async function readForm(
	bytes: Uint8Array,
	name: string,
	hint: FormHint = {}
): Promise<ParsedForm> {
	const ahead = prefetched.get(bytes);
	if (ahead) {
		prefetched.delete(bytes);
		return ahead;
	}
	return (await loadFormReader())(bytes, name, undefined, hint);
}

/** Worker threads that parse workbooks for prefetchForm (close it when the import is done). */
export async function openParsePool(): Promise<FormParsePool> {
	const { FormParsePool } = await import('./parse-pool.ts');
	return new FormParsePool(await loadFormReader());
}

/**
 * Start parsing a workbook on the pool, to be picked up by readForm later: the import submits
 * the next files while the main thread writes the current one, so parsing and writing overlap.
 */
export function prefetchForm(
	bytes: Uint8Array,
	name: string,
	pool: FormParsePool,
	hint: FormHint = {}
): void {
	if (!/\.xlsx$/i.test(name)) return;
	const parsed = pool.parse(bytes, name, hint);
	parsed.catch(() => {}); // a refusal is reported when readForm awaits it, or never needed
	prefetched.set(bytes, parsed);
}

let sourceReaders: Promise<SourceReader[]> | null = null;

async function loadSourceReaders(): Promise<SourceReader[]> {
	const mod = (await import('../sources/index.ts')) as { SOURCE_READERS: SourceReader[] };
	return mod.SOURCE_READERS;
}

/** The non-form reader that recognises this file, or undefined (then it must be a form). */
export async function findSourceReader(
	name: string,
	bytes: Uint8Array
): Promise<SourceReader | undefined> {
	sourceReaders ??= loadSourceReaders();
	const readers = await sourceReaders;
	return readers.find((r) => r.detect(name, bytes));
}
