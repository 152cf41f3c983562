/**
 * The extract stage's door to the readers written elsewhere: the official-form reader
 * (pipelines/forms) and the non-form source readers (pipelines/sources). Loaded lazily so the
 * `report` and `cell` commands start fast and do not parse anything.
 */
import type { ParsedForm } from '../forms/types.ts';
import type { SourceReader } from '../sources/types.ts';

export async function readForm(bytes: Uint8Array, name: string): Promise<ParsedForm> {
	const { readFormWorkbook } = await import('../forms/index.ts');
	return readFormWorkbook(bytes, name);
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
