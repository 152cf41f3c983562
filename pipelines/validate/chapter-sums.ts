/**
 * Chapter rows = sum of their article rows, where the form lists every article (domain.md).
 *
 * Which rows are a chapter's summands: its article rows («… (ст.NNN)»), plus the attempt rows
 * («приготовление и покушение на убийство»), which the form counts apart from the completed
 * offence: in all 16 workbooks of 2022, chapter 1 equals its articles plus that row in every
 * графа of R1, R1-1 and PRIL5–11 (checked by a script over the sheet XML), and misses it by
 * exactly that row's value otherwise. Detail rows without an article («находящегося в личной
 * собственности», «из квартир» under «Кража (ст.188)») are parts of an article, not summands;
 * on the sheet they are only told apart by indentation, which the reader does not keep, so we
 * go by the article number. Only the shallowest summand level under the chapter counts, should
 * a reader nest details under their article.
 *
 * A chapter counts as complete when it has summand rows and none of them is a remainder row
 * («прочие», «другие», «иные» — a form that lists only some articles says so with such a row).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { REAL_CELLS, rowsOf, VALIDATION_ROWS, withMessage, type Finding } from './findings.ts';
import { CHAPTER_RULE, CHAPTER_SECTIONS } from './rules.ts';

/** One breach of the chapter rule, as CHAPTER_SQL returns it. */
export interface ChapterBreach {
	section: string;
	row_code: string;
	grafa: string;
	chapter: string | null;
	expected: number;
	found: number;
	cell: string | null;
	sha: string | null;
	summands: number | bigint | null;
}

const sections = CHAPTER_SECTIONS.map((s) => `'${s}'`).join(', ');

// Which rows are heads, summands and incomplete chapters is decided on the distinct rows of
// the scope (a few thousand), then the cells are summed: the text tests run once per row.
// `s` is NOT MATERIALIZED: buffering ~100,000 cells with their text cost more than reading the
// narrow tables again. The scope's rows are its distinct row ids (one integer per cell) with
// their text taken from validation_rows once, not a DISTINCT over every cell's text; the
// summand cells are summed per row id and графа before the summand rows' text is joined.
const CHAPTER_SQL = `
WITH s AS NOT MATERIALIZED (
	SELECT * FROM ${REAL_CELLS} c
	WHERE c.form = $form AND c.region_code = $region AND c.period = $period
	  AND c.section IN (${sections})),
rows AS (
	SELECT r.id AS row_id, r.section, r.row_code, r.depth, r.leaf, r.article, r.chapter
	FROM ${VALIDATION_ROWS} r WHERE r.id IN (SELECT row_id FROM s)),
heads AS (
	SELECT DISTINCT section, row_code, depth,
	       regexp_extract(leaf, '^Глава\\s+(\\d+)', 1) AS chapter_no
	FROM rows WHERE regexp_matches(leaf, '^Глава\\s+\\d+')),
kids AS (
	SELECT r.*, h.row_code AS head_code
	FROM rows r JOIN heads h ON r.section = h.section AND r.chapter = h.chapter_no
	WHERE r.row_code <> h.row_code AND r.depth > h.depth
	  AND ((r.article IS NOT NULL AND r.article NOT IN ('000', '001'))
	       OR regexp_matches(lower(r.leaf), '^(приготовление|покушение|прочие|другие|иные)'))),
top_depth AS (SELECT section, head_code, min(depth) AS d FROM kids GROUP BY ALL),
summand_rows AS (SELECT k.* FROM kids k JOIN top_depth t USING (section, head_code) WHERE k.depth = t.d),
incomplete AS (
	SELECT DISTINCT section, head_code FROM summand_rows
	WHERE regexp_matches(lower(leaf), '^(прочие|другие|иные)')),
head_rows AS (
	SELECT r.row_id, h.chapter_no FROM rows r JOIN heads h USING (section, row_code)),
lhs AS (
	SELECT s.section, s.row_code, s.grafa, s.value, s.cell, s.source_sha256, h.chapter_no
	FROM s JOIN head_rows h ON h.row_id = s.row_id),
by_cell AS (
	SELECT s.row_id, s.grafa, sum(s.value) AS v FROM s
	WHERE s.row_id IN (SELECT row_id FROM summand_rows)
	GROUP BY s.row_id, s.grafa),
by_row AS (
	SELECT m.section, m.head_code, b.grafa, m.row_code, sum(b.v) AS v
	FROM by_cell b JOIN summand_rows m ON m.row_id = b.row_id
	GROUP BY ALL),
rhs AS (
	SELECT section, head_code AS row_code, grafa, sum(v) AS v, count(*) AS n
	FROM by_row GROUP BY ALL),
result AS (
SELECT coalesce(lhs.section, rhs.section) AS section, coalesce(lhs.row_code, rhs.row_code) AS row_code,
       coalesce(lhs.grafa, rhs.grafa) AS grafa, lhs.chapter_no AS chapter,
       coalesce(rhs.v, 0) AS expected, coalesce(lhs.value, 0) AS found, lhs.cell AS cell,
       lhs.source_sha256 AS sha, rhs.n AS summands
FROM lhs FULL JOIN rhs ON lhs.section = rhs.section AND lhs.row_code = rhs.row_code AND lhs.grafa = rhs.grafa
WHERE coalesce(lhs.value, 0) <> coalesce(rhs.v, 0)
  AND NOT EXISTS (SELECT 1 FROM incomplete i WHERE i.section = coalesce(lhs.section, rhs.section)
                  AND i.head_code = coalesce(lhs.row_code, rhs.row_code))
  AND EXISTS (SELECT 1 FROM summand_rows m WHERE m.section = coalesce(lhs.section, rhs.section)
              AND m.head_code = coalesce(lhs.row_code, rhs.row_code)))
SELECT * FROM result ORDER BY section, TRY_CAST(row_code AS INTEGER), row_code, TRY_CAST(grafa AS INTEGER)`;

export async function checkChapterSums(
	conn: DuckDBConnection,
	form: string,
	regionCode: string,
	period: string
): Promise<Finding[]> {
	const breaches = await rowsOf<ChapterBreach>(conn, CHAPTER_SQL, {
		form,
		region: regionCode,
		period
	});
	return chapterFindings(breaches, form, regionCode, period);
}

/** The findings of the chapter rule's breaches (the SQL path's and file-rules.ts's). */
export function chapterFindings(
	breaches: readonly ChapterBreach[],
	form: string,
	regionCode: string,
	period: string
): Finding[] {
	return breaches.map((b) =>
		withMessage({
			rule: CHAPTER_RULE,
			severity: 'error' as const,
			form,
			region_code: regionCode,
			period,
			section: b.section,
			row_code: b.row_code,
			grafa: b.grafa,
			expected: b.expected,
			found: b.found,
			source_sha256: b.sha,
			params: { chapter: b.chapter, cell: b.cell, summands: Number(b.summands ?? 0) }
		})
	);
}
