/**
 * The extract stage's door to the readers written elsewhere: the official-form reader
 * (pipelines/forms) and the non-form source readers (pipelines/sources). Loaded lazily so the
 * `report` and `cell` commands start fast and do not parse anything.
 */
import type { ParsedForm } from '../forms/types.ts';
import type { SourceReader } from '../sources/types.ts';

type FormReader = (bytes: Uint8Array, name: string) => ParsedForm;
let formReader: FormReader | null = null;

async function loadFormReader(): Promise<FormReader> {
	formReader ??= (await import('../forms/index.ts')).readFormWorkbook;
	return formReader;
}

/** Workbooks parsed ahead of time (prefetchForm), by their bytes; the outcome is kept as is. */
const prefetched = new WeakMap<Uint8Array, { form?: ParsedForm; error?: unknown }>();

export async function readForm(bytes: Uint8Array, name: string): Promise<ParsedForm> {
	const ahead = prefetched.get(bytes);
	if (ahead) {
		prefetched.delete(bytes);
		if (ahead.error !== undefined) throw ahead.error;
		return ahead.form!;
	}
	return (await loadFormReader())(bytes, name);
}

/**
 * Parse a workbook now (synchronously), to be picked up by readForm later: the import calls
 * this while DuckDB is busy writing the previous workbook, so parsing and writing overlap.
 */
export function prefetchForm(bytes: Uint8Array, name: string): void {
	if (!formReader || !/\.xlsx$/i.test(name)) return;
	try {
		prefetched.set(bytes, { form: formReader(bytes, name) });
	} catch (error) {
		prefetched.set(bytes, { error });
	}
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
