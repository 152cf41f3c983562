/**
 * The open-data portal connector: fetch Form 1-M for one reporting date. Never called by
 * tests or by the default build (the app runs offline); an operator runs it with their own
 * API key and saves the result for `etl` to import like any other file.
 */
import { OPENDATA_BASE_URL, OPENDATA_DATASET, savedResponseSchema } from './schema.ts';

export interface FetchOpendataOptions {
	apiKey: string;
	/** Reporting date as the portal takes it, e.g. '2022-12' or '2022-12-01'. */
	date: string;
	baseUrl?: string;
}

/** Returns the response in our saved form `{dataset, date, records}`; throws on HTTP errors. */
export async function fetchOpendata1m({
	apiKey,
	date,
	baseUrl = OPENDATA_BASE_URL
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
	const records = await res.json();
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
