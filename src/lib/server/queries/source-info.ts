/**
 * The source line every chart, table and export carries: forms, regions, period, a short
 * hash over the source files involved, the date generated, and whether synthetic demo data
 * is among them (then a visible mark is shown).
 */
import { createHash } from 'node:crypto';
import { cachedQuery, generationKey } from '../db';
import type { SourceInfo } from '../../dataset';

/** Hash and synthetic flag per generation and set of forms (a generation never changes). */
const byForms = new Map<string, Promise<{ hash: string; synthetic: boolean }>>();

async function formsDigest(forms: string[]): Promise<{ hash: string; synthetic: boolean }> {
	const rows = await cachedQuery<{ sha256: string; synthetic: boolean; form: string }>(
		`SELECT sha256, synthetic, form FROM source_file ORDER BY sha256`
	);
	const involved = rows.filter((r) => forms.includes(r.form));
	const hash = createHash('sha256')
		.update(involved.map((r) => r.sha256).join('\n'))
		.digest('hex')
		.slice(0, 12);
	const synthetic =
		involved.some((r) => r.synthetic) || rows.some((r) => r.synthetic && r.form === 'demo');
	return { hash, synthetic };
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
	const { hash, synthetic } = await digest;
	return {
		forms: opts.forms,
		regions: opts.regions,
		period: opts.period,
		hash,
		generated: new Date().toISOString().slice(0, 10),
		synthetic
	};
}
