/**
 * The ZIP layer of the XLSX reader, written for hostile input: read the central directory
 * ourselves (so declared sizes are known BEFORE anything is inflated), refuse zip bombs and
 * truncated archives with a message the user can act on, then inflate single entries on
 * demand with node:zlib, bounded by the declared size so a lying header cannot exhaust memory.
 * Every read of a zip entry in the pipelines goes through openZipArchive (the workbook reader
 * and the cheap source detection alike): there is no other inflate of an imported file.
 */
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../forms/types.ts';

export interface ZipEntry {
	name: string;
	method: number;
	flags: number;
	compressedSize: number;
	declaredSize: number;
	localHeaderOffset: number;
}

export interface ZipLimits {
	maxUncompressedBytes: number;
}

/** Entries whose declared ratio exceeds this (and that are larger than 1 MB) are bombs: real
 * workbook XML compresses about 20:1. */
const MAX_RATIO = 200;
const EOCD_SIG = 0x06054b50;
const CDIR_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

function u16(b: Uint8Array, at: number): number {
	return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
	return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** The archive is cut or damaged: which way is the code (the catalogue says it). */
type Damage =
	| { code: 'zipCut' | 'zipDirOutside' }
	| { code: 'zipEntryDamaged'; n: number }
	| { code: 'zipNoLocalHeader' | 'zipBeyondEnd' | 'zipStoredSizes'; entry: string }
	| { code: 'zipInflateFailed'; entry: string; detail: string }
	| { code: 'zipInflateSize'; entry: string; size: number; declared: number };

function corrupt(file: string, damage: Damage): InputError {
	const { code, ...rest } = damage;
	return new InputError(code, { file, ...rest } as never, { file });
}

/** An archive whose directory passed the bomb guard; `read` inflates one entry, bounded. */
export interface ZipArchive {
	find(path: string): ZipEntry | undefined;
	/** Inflate an entry; all reads together never produce more than maxUncompressedBytes. */
	read(entry: ZipEntry): Uint8Array;
}

/** The guarded door to a ZIP file's entries: directory checked first, then bounded inflates. */
export function openZipArchive(bytes: Uint8Array, file: string, limits: ZipLimits): ZipArchive {
	const entries = readZipDirectory(bytes, file, limits);
	let budget = limits.maxUncompressedBytes;
	return {
		find: (path) => entries.get(path) ?? entries.get('/' + path),
		read(entry) {
			const data = inflateEntry(bytes, entry, file, budget);
			budget -= data.length;
			return data;
		}
	};
}

/** Read the central directory and refuse archives whose declared content is a bomb. */
export function readZipDirectory(
	bytes: Uint8Array,
	file: string,
	limits: ZipLimits
): Map<string, ZipEntry> {
	// The end-of-central-directory record sits in the last 22 + 65535 bytes.
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
		if (u32(bytes, i) === EOCD_SIG) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) throw corrupt(file, { code: 'zipCut' });
	const count = u16(bytes, eocd + 10);
	const dirSize = u32(bytes, eocd + 12);
	const dirOffset = u32(bytes, eocd + 16);
	if (dirOffset === 0xffffffff || count === 0xffff)
		throw new InputError('zip64', { file }, { file });
	if (dirOffset + dirSize > eocd) throw corrupt(file, { code: 'zipDirOutside' });
	const entries = new Map<string, ZipEntry>();
	let total = 0;
	let at = dirOffset;
	for (let n = 0; n < count; n++) {
		if (at + 46 > eocd || u32(bytes, at) !== CDIR_SIG)
			throw corrupt(file, { code: 'zipEntryDamaged', n: n + 1 });
		const flags = u16(bytes, at + 8);
		const method = u16(bytes, at + 10);
		const compressedSize = u32(bytes, at + 20);
		const declaredSize = u32(bytes, at + 24);
		const nameLen = u16(bytes, at + 28);
		const extraLen = u16(bytes, at + 30);
		const commentLen = u16(bytes, at + 32);
		const localHeaderOffset = u32(bytes, at + 42);
		const rawName = bytes.subarray(at + 46, at + 46 + nameLen);
		const name = (flags & 0x800 ? utf8 : latin1).decode(rawName).replace(/\\/g, '/');
		if (compressedSize === 0xffffffff || declaredSize === 0xffffffff)
			throw new InputError('zip64Entry', { file, entry: name }, { file });
		total += declaredSize;
		if (total > limits.maxUncompressedBytes)
			throw new InputError('zipBombTotal', { file, limit: limits.maxUncompressedBytes }, { file });
		if (declaredSize > 1 << 20 && declaredSize > compressedSize * MAX_RATIO)
			throw new InputError(
				'zipBombRatio',
				{ file, entry: name, ratio: Math.round(declaredSize / Math.max(1, compressedSize)) },
				{ file }
			);
		entries.set(name, { name, method, flags, compressedSize, declaredSize, localHeaderOffset });
		at += 46 + nameLen + extraLen + commentLen;
	}
	return entries;
}

/** Inflate one entry, never producing more than its declared size nor `budget` bytes. */
export function inflateEntry(
	bytes: Uint8Array,
	entry: ZipEntry,
	file: string,
	budget: number
): Uint8Array {
	const at = entry.localHeaderOffset;
	if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_SIG)
		throw corrupt(file, { code: 'zipNoLocalHeader', entry: entry.name });
	if (entry.flags & 1) throw new InputError('encrypted', { file, entry: entry.name }, { file });
	const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
	const end = start + entry.compressedSize;
	if (end > bytes.length) throw corrupt(file, { code: 'zipBeyondEnd', entry: entry.name });
	const data = bytes.subarray(start, end);
	const limit = Math.min(entry.declaredSize, budget);
	if (entry.declaredSize > budget)
		throw new InputError('zipBombBudget', { file, entry: entry.name, limit: budget }, { file });
	if (entry.method === 0) {
		if (entry.compressedSize !== entry.declaredSize)
			throw corrupt(file, { code: 'zipStoredSizes', entry: entry.name });
		return data;
	}
	if (entry.method !== 8)
		throw new InputError('zipMethod', { file, entry: entry.name, method: entry.method }, { file });
	return inflateBounded(data, limit, entry, file);
}

function inflateBounded(
	data: Uint8Array,
	limit: number,
	entry: ZipEntry,
	file: string
): Uint8Array {
	// node:zlib (native, ~8× faster than fflate on a workbook's 10 MB of sheet XML) with
	// maxOutputLength: inflation stops as soon as the output would pass the declared size, so a
	// lying header cannot make it allocate more than that.
	let out: Buffer;
	try {
		out = inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
	} catch (err) {
		const code = (err as { code?: string }).code;
		if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
			throw new InputError(
				'zipBombInflate',
				{ file, entry: entry.name, declared: entry.declaredSize },
				{ file }
			);
		throw corrupt(file, {
			code: 'zipInflateFailed',
			entry: entry.name,
			detail: (err as Error).message
		});
	}
	if (out.length > limit)
		throw new InputError(
			'zipBombInflate',
			{ file, entry: entry.name, declared: entry.declaredSize },
			{ file }
		);
	if (out.length !== entry.declaredSize)
		throw corrupt(file, {
			code: 'zipInflateSize',
			entry: entry.name,
			size: out.length,
			declared: entry.declaredSize
		});
	return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
