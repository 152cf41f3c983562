/**
 * The source line every chart, table and export carries: forms, regions, period, a short
 * hash over the source files involved, the date generated, and whether synthetic demo data
 * is among them (then a visible mark is shown).
 */
import { createHash } from 'node:crypto';
import { cachedQuery } from '../db';

export interface SourceInfo {
	forms: string[];
	regions: string;
	period: string;
	hash: string;
	generated: string;
	synthetic: boolean;
}

export async function sourceInfo(opts: {
	forms: string[];
	regions: string;
	period: string;
}): Promise<SourceInfo> {
	const rows = await cachedQuery<{ sha256: string; synthetic: boolean; form: string }>(
		`SELECT sha256, synthetic, form FROM source_file ORDER BY sha256`
	);
	const involved = rows.filter((r) => opts.forms.includes(r.form));
	const hash = createHash('sha256')
		.update(involved.map((r) => r.sha256).join('\n'))
		.digest('hex')
		.slice(0, 12);
	return {
		forms: opts.forms,
		regions: opts.regions,
		period: opts.period,
		hash,
		generated: new Date().toISOString().slice(0, 10),
		synthetic:
			involved.some((r) => r.synthetic) || rows.some((r) => r.synthetic && r.form === 'demo')
	};
}
