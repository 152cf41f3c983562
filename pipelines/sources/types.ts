/**
 * The contract of every non-form source (population workbook, court CSV, published figures,
 * open-data JSON): detect a file cheaply, then parse and insert it inside the caller's
 * transaction. Throw InputError (pipelines/forms/types.ts) on bad input; never coerce.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

export type SourceKind = 'population' | 'courts' | 'published' | 'opendata-1m';

export interface LoadedSource {
	/** Rows written to the source's table. */
	rows: number;
	/** Workbook or document title when the source has one. */
	title: string | null;
	/** Region and period when the whole file is about one of each, else null. */
	regionCode: string | null;
	period: string | null;
	modified: string | null;
}

export interface SourceReader {
	kind: SourceKind;
	/** Is this file of our kind? Cheap: name, extension, first bytes or sheet names. */
	detect(name: string, bytes: Uint8Array): boolean;
	/** Parse and insert with `sha256` as provenance. The caller owns BEGIN/COMMIT/ROLLBACK. */
	load(
		conn: DuckDBConnection,
		name: string,
		bytes: Uint8Array,
		sha256: string
	): Promise<LoadedSource>;
}
