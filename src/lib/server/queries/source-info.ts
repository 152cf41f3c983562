/**
 * The source line every chart, table and export carries: forms, regions, period, a short
 * hash over the source files involved, the date generated, and whether synthetic demo data
 * is among them (then a visible mark is shown). Only what the warehouse holds is cited: a
 * form with no current source file is left out, and with none left there is no hash (the
 * hash of nothing, e3b0c44298fc, would look like a fingerprint of data that is not there).
 * Files replaced by a later import stay in the history (status `replaced`) but are not cited.
 */
import { createHash } from 'node:crypto';
import { cachedQuery, generationKey } from '../db';
import type { SourceInfo } from '../../dataset';

/** Hash and synthetic flag per generation and set of forms (a generation never changes). */
interface Digest {
	/** The forms asked for that the warehouse holds a current file of, in the order asked. */
	held: string[];
	hash: string;
	synthetic: boolean;
}
const byForms = new Map<string, Promise<Digest>>();

async function formsDigest(forms: string[]): Promise<Digest> {
	const rows = await cachedQuery<{ sha256: string; synthetic: boolean; form: string }>(
		`SELECT sha256, synthetic, form FROM source_file WHERE status <> 'replaced' ORDER BY sha256`
	);
	const involved = rows.filter((r) => forms.includes(r.form));
	const held = forms.filter((f) => involved.some((r) => r.form === f));
	const hash = involved.length
		? createHash('sha256')
				.update(involved.map((r) => r.sha256).join('\n'))
				.digest('hex')
				.slice(0, 12)
		: '';
	const synthetic =
		involved.some((r) => r.synthetic) || rows.some((r) => r.synthetic && r.form === 'demo');
	return { held, hash, synthetic };
}

export async function sourceInfo(opts: {
	forms: string[];
	regions: string;
	period: string;
}): Promise<SourceInfo> {
	const key = `${generationKey()}|${opts.forms.join('|')}`;
	let digest = byForms.get(key);
	if (!digest) {
		if (byForms.size >= 200) byForms.delete(byForms.keys().next().value as string);
		digest = formsDigest(opts.forms);
		byForms.set(key, digest);
		digest.catch(() => byForms.delete(key));
	}
	const { held, hash, synthetic } = await digest;
	return {
		forms: held,
		regions: opts.regions,
		period: opts.period,
		hash,
		generated: new Date().toISOString().slice(0, 10),
		synthetic
	};
}
