/**
 * The ETL stages' public face: import (extract → load → validate, one transaction per file),
 * report, cell provenance and the embedded default build. The CLI is a thin dispatcher over it.
 */
export { importPaths, expandInputs, type ImportSummary } from './import.ts';
export {
	importFile,
	type FileResult,
	type ImportOptions,
	type ImportStatus
} from './import-file.ts';
export { createReporter, describeResult, type ImportReporter } from './progress.ts';
export {
	buildReport,
	formatReport,
	type WarehouseReport,
	type CoverageRow,
	type FindingRow
} from './report.ts';
export { lookupCell, formatCell, type CellQuery, type CellProvenance } from './cell.ts';
export {
	buildDefaultWarehouse,
	describeDefaultBuild,
	type DefaultBuildResult
} from './build-default.ts';
export { sha256Hex, normalizeFormId } from './identify.ts';
export { insertFormCells, insertFormTable } from './load-form.ts';
