-- Sarapshy warehouse: staging tables that hold every official figure exactly as published,
-- with where it came from. Views (views.sql) are the only thing the web tier reads.
-- Idempotent: every statement can run on an existing warehouse.

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE IF NOT EXISTS region (
	code TEXT PRIMARY KEY,          -- ISO 3166-2:KZ ('KZ' = the republic)
	name_ru TEXT NOT NULL,
	name_kk TEXT NOT NULL,
	name_en TEXT NOT NULL,
	kind TEXT NOT NULL,             -- country | oblast | city
	valid_from DATE,                -- null: exists for all our data
	valid_to DATE,
	predecessor TEXT,               -- territory it was carved from or continues
	successor TEXT,                 -- territories carved out of it (comma-separated)
	note TEXT
);

CREATE TABLE IF NOT EXISTS period (
	period TEXT PRIMARY KEY,        -- '2022' (whole year) or '2023-03' (January–March, cumulative)
	year INTEGER NOT NULL,
	month_to INTEGER NOT NULL,
	period_start DATE NOT NULL,
	period_end DATE NOT NULL
);

-- One row per imported file (or per generated/transcribed source).
CREATE TABLE IF NOT EXISTS source_file (
	sha256 TEXT PRIMARY KEY,
	original_name TEXT NOT NULL,
	form TEXT NOT NULL,             -- '1-M' | 'СНГ-1' | 'population' | 'courts' | 'published' | 'opendata-1m' | 'demo'
	region_code TEXT,               -- null for multi-region sources
	period TEXT,                    -- null for multi-period sources
	title TEXT,                     -- workbook document title, as written
	workbook_modified TIMESTAMP,
	imported_at TIMESTAMP NOT NULL,
	status TEXT NOT NULL,           -- 'imported' | 'replaced' (kept in the import history, no rows left)
	cells BIGINT NOT NULL DEFAULT 0,
	bytes BIGINT,
	synthetic BOOLEAN NOT NULL DEFAULT false,  -- the generated demo panel; never mistaken for real data
	replaced_by TEXT                -- status 'replaced': the sha256 of the file that replaced it
);
-- Warehouses built before `replaced_by` existed.
ALTER TABLE source_file ADD COLUMN IF NOT EXISTS replaced_by TEXT;

-- Every numeric cell of an official form, stored narrow (pipelines/stages/load-form.ts): the
-- distinct sheet rows and columns once, deduplicated by content across workbooks (all
-- workbooks of one template share them), and each value as four numbers. A Form 1-M workbook
-- is ~217,000 values over ~6,000 rows and ~1,000 columns. Read it through the `form_cell` view
-- below, which has the columns and meanings of the former long table.
CREATE SEQUENCE IF NOT EXISTS form_scope_id;
CREATE SEQUENCE IF NOT EXISTS form_row_id;
CREATE SEQUENCE IF NOT EXISTS form_column_id;

-- One per (source file, form, region, period) whose values are stored: provenance of a value.
CREATE TABLE IF NOT EXISTS form_scope (
	id INTEGER NOT NULL,            -- from form_scope_id
	source_sha256 TEXT NOT NULL,
	form TEXT NOT NULL,
	region_code TEXT NOT NULL,
	period TEXT NOT NULL
);

-- A sheet row of a section, with everything its cells share.
CREATE TABLE IF NOT EXISTS form_row (
	id INTEGER NOT NULL,            -- from form_row_id
	section TEXT NOT NULL,          -- sheet name: R1, R1-1, …, PRIL11
	sheet TEXT NOT NULL,
	sheet_row INTEGER,              -- row number on the sheet; null for sources without an A1 grid
	record TEXT,                    -- for those: where the row comes from ('record 3'), else null
	row_code TEXT NOT NULL,         -- «шифр строки» (column D), as written
	row_label TEXT NOT NULL,        -- hierarchical label path joined with ' / '
	article TEXT,                   -- Criminal Code article parsed from '(ст.NNN)', e.g. '99', '388-1'
	chapter TEXT                    -- chapter number the row belongs to, e.g. '1'
);

-- A column (графа) of a section.
CREATE TABLE IF NOT EXISTS form_column (
	id INTEGER NOT NULL,            -- from form_column_id
	section TEXT NOT NULL,
	column_ref TEXT,                -- column letters ('E'), or the record field ('gr1') for open data
	grafa TEXT NOT NULL,            -- column number as printed in the графы row ('1', '2', …)
	column_label TEXT NOT NULL      -- hierarchical header path joined with ' / '
);

CREATE TABLE IF NOT EXISTS form_value (
	scope_id INTEGER NOT NULL,
	row_id INTEGER NOT NULL,
	column_id INTEGER NOT NULL,
	value DOUBLE NOT NULL
);

-- Layouts already stored, by a hash of their content (every row and column of a workbook):
-- the next workbook of the same template maps to these ids without staging its layout again.
CREATE TABLE IF NOT EXISTS form_layout (
	hash TEXT NOT NULL,             -- sha256 of the serialised rows and columns (load-form.ts)
	row_ids INTEGER[] NOT NULL,     -- form_row id of the layout's i-th row
	column_ids INTEGER[] NOT NULL
);

-- The long view of every numeric cell: one row per value with its full provenance.
CREATE OR REPLACE VIEW form_cell AS
SELECT s.form, r.section, r.row_code, r.row_label, r.article, r.chapter, c.grafa, c.column_label,
	s.region_code, s.period, v.value, s.source_sha256, r.sheet,
	CASE WHEN r.record IS NULL THEN c.column_ref || r.sheet_row::TEXT
	     ELSE r.record || coalesce('.' || c.column_ref, '') END AS cell
FROM form_value v
JOIN form_scope s ON s.id = v.scope_id
JOIN form_row r ON r.id = v.row_id
JOIN form_column c ON c.id = v.column_id;

CREATE TABLE IF NOT EXISTS population (
	region_code TEXT NOT NULL,
	year INTEGER NOT NULL,          -- at the beginning of the year
	sex TEXT NOT NULL,              -- all | male | female
	value DOUBLE,                   -- null where the source has '-' (region did not exist)
	label TEXT NOT NULL,            -- region label as in the source
	source_sha256 TEXT NOT NULL,
	sheet TEXT NOT NULL,
	cell TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS court_outcome (
	article TEXT NOT NULL,          -- Criminal Code article ('120' … '124')
	offence TEXT NOT NULL,          -- the source's offence key without its year suffix ('rape', 'try_rape')
	year INTEGER NOT NULL,
	measure TEXT NOT NULL,          -- source column name (amnt_osuzhden, amnt_opravdonyh, year_1_3, …)
	value DOUBLE,
	source_key TEXT NOT NULL,       -- the key as written ('rape120')
	source_sha256 TEXT NOT NULL,
	source_row INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS published_figure (
	id TEXT PRIMARY KEY,
	indicator TEXT NOT NULL,
	region_code TEXT,               -- null when the source's region cannot be named
	region_label TEXT NOT NULL,
	period_start DATE,
	period_end DATE,
	value DOUBLE NOT NULL,
	unit TEXT NOT NULL,
	source_url TEXT NOT NULL,
	source_date TEXT,
	source_quote TEXT NOT NULL,
	notes TEXT,
	source_sha256 TEXT NOT NULL
);

-- Results of the validation stage: facts about the sources, never corrections.
CREATE TABLE IF NOT EXISTS finding (
	rule TEXT NOT NULL,             -- e.g. 'R1.row1=row2+row3', 'PRIL5=R1.row2', 'SNG1.R1=1M.R1-1.row3'
	severity TEXT NOT NULL,         -- error | warning | info
	form TEXT,
	region_code TEXT,
	period TEXT,
	section TEXT,
	row_code TEXT,
	grafa TEXT,
	expected DOUBLE,
	found DOUBLE,
	message TEXT NOT NULL,          -- the English sentence: the `en` rendering of rule, columns and params
	source_sha256 TEXT,
	-- What the columns do not hold, per rule kind (src/lib/domain/finding-params.ts): the A1
	-- cell, the reference графа, the file, the first cells of a capped group… One JSON value,
	-- not columns: the kinds share almost nothing. NULL in warehouses written before it existed.
	params JSON
);
-- Warehouses built before `params` existed (their findings are shown with the stored message).
ALTER TABLE finding ADD COLUMN IF NOT EXISTS params JSON;
