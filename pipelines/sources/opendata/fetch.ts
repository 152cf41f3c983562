/**
 * The open-data portal connector: fetch Form 1-M for one reporting date. Never called against
 * the portal by tests or by the default build (the app runs offline); an operator runs it with their own
 * API key and saves the result for `etl` to import like any other file. The body is read with
 * the importer's file limit: fetch inflates a gzip or brotli response on its own, and a bomb
 * from a spoofed or broken portal must not exhaust memory before `etl` ever sees the file.
 */
import { MAX_FILE_BYTES } from '../../xlsx/limits.ts';
import { OPENDATA_BASE_URL, OPENDATA_DATASET, savedResponseSchema } from './schema.ts';

export interface FetchOpendataOptions {
	apiKey: string;
	/** Reporting date as the portal takes it, e.g. '2022-12' or '2022-12-01'. */
	date: string;
	baseUrl?: string;
	/** Refuse a response whose body (after content decoding) is larger than this. */
	maxBytes?: number;
}

/** The body as text, counted while it is inflated chunk by chunk; refused past `limit`. */
async function readBodyBounded(res: Response, limit: number, what: string): Promise<string> {
	const chunks: Uint8Array[] = [];
	let n = 0;
	for await (const chunk of res.body ?? []) {
		n += chunk.length;
		// Throwing leaves the loop, whose iterator cancels the stream (and the download).
		if (n > limit) {
			throw new Error(
				`${what}: the response is larger than ${limit} bytes (after decompression); refused. ` +
					`A month of Form 1-M is a few MB: check the portal's address.`
			);
		}
		chunks.push(chunk);
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** Returns the response in our saved form `{dataset, date, records}`; throws on HTTP errors. */
export async function fetchOpendata1m({
	apiKey,
	date,
	baseUrl = OPENDATA_BASE_URL,
	maxBytes = MAX_FILE_BYTES
}: FetchOpendataOptions) {
	const url = new URL(`${baseUrl.replace(/\/$/, '')}/${OPENDATA_DATASET}`);
	url.searchParams.set('apiKey', apiKey);
	url.searchParams.set('date', date);
	const res = await fetch(url, { headers: { accept: 'application/json' } });
	if (!res.ok) {
		throw new Error(
			`open-data portal answered ${res.status} ${res.statusText} for ${OPENDATA_DATASET} date=${date}`
		);
	}
	const what = `open-data portal, ${OPENDATA_DATASET} date=${date}`;
	const records = JSON.parse(await readBodyBounded(res, maxBytes, what));
	const saved = { dataset: OPENDATA_DATASET, date, records };
	const check = savedResponseSchema.safeParse(saved);
	if (!check.success) {
		throw new Error(
			`open-data portal response is not an array of records: ${check.error.issues[0].message}`
		);
	}
	return saved as {
		dataset: typeof OPENDATA_DATASET;
		date: string;
		records: Record<string, string | number | null>[];
	};
}
