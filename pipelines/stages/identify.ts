/**
 * Identity of an imported file: its content hash, the form and region its own title names,
 * and how it relates to what the warehouse already holds. File names are never trusted
 * (domain.md: one region's workbook is saved under another's name); titles and hashes are.
 */
import { createHash } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { InputError, type FormId } from '../forms/types.ts';
import { CURRENT_REGIONS, resolveRegion, type Region } from '../../src/lib/domain/regions.ts';
import { parsePeriod, PeriodError, type Period } from '../../src/lib/domain/periods.ts';

export function sha256Hex(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

const FORM_ALIAS_IDS: Record<string, FormId> = {
	'1-m': '1-M',
	'1m': '1-M',
	'1-м': '1-M',
	'снг-1': 'СНГ-1',
	снг1: 'СНГ-1',
	'sng-1': 'СНГ-1',
	sng1: 'СНГ-1',
	'cis-1': 'СНГ-1'
};

/** Every spelling of a form id `--form` accepts, lower case. */
export const FORM_ALIASES: ReadonlySet<string> = new Set(Object.keys(FORM_ALIAS_IDS));

/** `--form` as typed by a person (1m, 1-M, sng1, СНГ-1) → the canonical form id. */
export function normalizeFormId(text: string): FormId {
	const hit = FORM_ALIAS_IDS[text.trim().toLowerCase()];
	if (!hit) throw new InputError('unknownForm', { text });
	return hit;
}

/** The period an official form is imported for; the workbook never says it, so the user must. */
export function requirePeriod(text: string | undefined, file: string): Period {
	if (!text) throw new InputError('noPeriod', { file }, { file });
	try {
		return parsePeriod(text);
	} catch (err) {
		throw periodRefusal(err, file, null);
	}
}

/** parsePeriod's refusal as an InputError of `file` (and of its `record`, for a JSON source). */
export function periodRefusal(
	err: unknown,
	file: string,
	record: number | null,
	where: InputError['where'] = { file }
): unknown {
	if (!(err instanceof PeriodError)) return err;
	const params = { file, record, text: err.text };
	return err.kind === 'notUnderstood'
		? new InputError('periodNotUnderstood', params, where)
		: new InputError('periodOutOfRange', params, where);
}

/** The ISO codes `--region` accepts: every region (not the country) we know. */
export const REGION_CODES = CURRENT_REGIONS.map((r) => r.code) as [string, ...string[]];

/** `--region` as typed (an ISO code, any case) → the region; refuses anything else. */
export function regionFromOption(text: string): Region {
	const region = CURRENT_REGIONS.find((r) => r.code === text.trim().toUpperCase());
	if (!region) throw new InputError('unknownRegionOption', { text, codes: REGION_CODES });
	return region;
}

/**
 * The region named by a workbook title; refuses, listing accepted names, when it cannot be
 * named, and naming `--region` when the workbook has no title (or a title without a region).
 */
export function regionFromTitle(
	regionName: string | null,
	title: string | null,
	file: string
): Region {
	if (!regionName) throw new InputError('noRegionInTitle', { file, title }, { file });
	const region = resolveRegion(regionName);
	if (!region || region.kind === 'country') {
		const accepted = CURRENT_REGIONS.map((r) => r.ru);
		throw new InputError(
			'unknownRegionInTitle',
			{ file, title: title ?? '', name: regionName, accepted },
			{ file }
		);
	}
	return region;
}

/**
 * The region of a workbook: from its own title (never the file name); the analyst's `--region`
 * only where the title names none, and refused when it contradicts the title.
 */
export function regionOfWorkbook(
	regionName: string | null,
	title: string | null,
	given: string | undefined,
	file: string
): Region {
	const option = given === undefined ? null : regionFromOption(given);
	if (!regionName && option) return option;
	const region = regionFromTitle(regionName, title, file);
	if (option && option.code !== region.code)
		throw new InputError(
			'regionContradicts',
			{ file, given: option.code, title: title ?? '', code: region.code, name: region.ru },
			{ file }
		);
	return region;
}

export interface ExistingSource {
	sha256: string;
	original_name: string;
	form: string;
	region_code: string | null;
	period: string | null;
	/** 'imported', or 'replaced' for a file kept in the import history only. */
	status: string;
}

const EXISTING = 'SELECT sha256, original_name, form, region_code, period, status FROM source_file';

export async function findSourceBySha(
	conn: DuckDBConnection,
	sha256: string
): Promise<ExistingSource | undefined> {
	const r = await conn.runAndReadAll(`${EXISTING} WHERE sha256 = $1`, [sha256]);
	return r.getRowObjectsJS()[0] as unknown as ExistingSource | undefined;
}

/**
 * The current (not replaced) real sources that another file of this kind would replace: for
 * official forms and other sources those of the same form, region and period; for published
 * figures the earlier versions of the same file (by name), since each published CSV is its
 * own set of rows. `sha256` (the new file) is never among them.
 */
export async function findSourcesToReplace(
	conn: DuckDBConnection,
	file: {
		sha256: string;
		name: string;
		form: string;
		regionCode: string | null;
		period: string | null;
	}
): Promise<ExistingSource[]> {
	const current = `${EXISTING} WHERE NOT synthetic AND status <> 'replaced' AND sha256 <> $sha`;
	const r =
		file.form === 'published'
			? await conn.runAndReadAll(`${current} AND form = 'published' AND original_name = $name`, {
					sha: file.sha256,
					name: file.name
				})
			: await conn.runAndReadAll(
					`${current} AND form = $form AND region_code IS NOT DISTINCT FROM $region
					   AND period IS NOT DISTINCT FROM $period`,
					{ sha: file.sha256, form: file.form, region: file.regionCode, period: file.period }
				);
	return r.getRowObjectsJS() as unknown as ExistingSource[];
}

/**
 * Same bytes already in the warehouse: fine when imported for the same scope ("already
 * imported"), an error when under another region or period (a copy saved under a wrong name).
 */
export function checkSameContent(
	existing: ExistingSource,
	scope: { form: string; regionCode: string | null; period: string | null },
	file: string
): 'already-imported' {
	if (
		existing.form === scope.form &&
		existing.region_code === scope.regionCode &&
		existing.period === scope.period
	) {
		return 'already-imported';
	}
	throw new InputError(
		'sameContentOtherScope',
		{
			file,
			sha: existing.sha256.slice(0, 12),
			held: existing.original_name,
			heldScope: `${existing.form} ${existing.region_code ?? '-'} ${existing.period ?? '-'}`,
			scope: `${scope.form} ${scope.regionCode ?? '-'} ${scope.period ?? '-'}`
		},
		{ file }
	);
}
