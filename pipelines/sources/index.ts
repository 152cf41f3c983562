/**
 * Every non-form source the `etl` command can import. The CLI offers a file to each reader's
 * `detect` in turn (official form readers first) and loads it with the first that claims it.
 */
import type { SourceReader } from './types.ts';
import { populationSource } from './population/index.ts';
import { courtsSource } from './courts/index.ts';
import { publishedSource } from './published/index.ts';
import { opendataSource } from './opendata/index.ts';

export { populationSource, courtsSource, publishedSource, opendataSource };
export type { SourceReader, SourceKind, LoadedSource } from './types.ts';

export const SOURCE_READERS: SourceReader[] = [
	populationSource,
	courtsSource,
	publishedSource,
	opendataSource
];

/** The reader that claims this file, or undefined. */
export function detectSource(name: string, bytes: Uint8Array): SourceReader | undefined {
	return SOURCE_READERS.find((r) => r.detect(name, bytes));
}
