/**
 * The reader's default limits, in a module of their own so the cheap paths that must honour
 * them (source detection, the import's size check before reading a file) do not load the
 * whole XLSX reader.
 */
import type { XlsxLimits } from './types.ts';

/** Largest file the importer reads (a report workbook is a few MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export const DEFAULT_LIMITS: Required<XlsxLimits> = {
	maxFileBytes: MAX_FILE_BYTES,
	maxUncompressedBytes: 200 * 1024 * 1024,
	maxCellsPerSheet: 2_000_000
};
