/**
 * The dataset an export writes: every figure rounded as the page shows it (cell-format.ts),
 * and, only where `precision=full` asks, the stored value beside it in a `<key>_full` column
 * (never instead of it, so a file read by column name means the same thing either way).
 */
import { roundAsShown } from '../../cell-format';
import type { Column, Dataset, Row } from '../../dataset';
import type { Translator } from '../../i18n';

export const PRECISIONS = ['shown', 'full'] as const;
export type Precision = (typeof PRECISIONS)[number];

const rounds = (c: Column) => c.kind !== 'text' && !c.asIs;

export function shownDataset(ds: Dataset, precision: Precision, tr: Translator): Dataset {
	const columns = ds.columns.flatMap((c): Column[] =>
		precision === 'full' && rounds(c)
			? [
					c,
					{
						key: `${c.key}_full`,
						label: `${c.label} (${tr.t('export.full_precision')})`,
						kind: c.kind,
						asIs: true,
						blankIfNull: c.blankIfNull
					}
				]
			: [c]
	);
	const rows = ds.rows.map((r) => {
		const out: Row = { ...r };
		for (const c of ds.columns) {
			if (!rounds(c)) continue;
			out[c.key] = roundAsShown(c, r[c.key]);
			if (precision === 'full') out[`${c.key}_full`] = r[c.key] ?? null;
		}
		return out;
	});
	return { ...ds, columns, rows };
}
