/**
 * Builds zip bombs for the guard tests without ever holding the inflated data: one deflate
 * chunk of 1 MiB of zeros, ended by a sync flush (so it stops on a byte boundary and refers
 * back only to zeros), repeated `mib` times and closed by an empty final block. The stream
 * inflates to `mib` MiB of zeros; 4000 copies are ~4 MB on disk and 4000 MiB inflated.
 */
import { constants, deflateRawSync } from 'node:zlib';

const MIB = 1 << 20;
/** An empty fixed-Huffman block with BFINAL set: bits 1 (final), 01 (fixed), then EOB. */
const FINAL_BLOCK = Uint8Array.of(0x03, 0x00);

/** A raw deflate stream that inflates to `mib` MiB of zeros. */
export function deflatedZeros(mib: number): Uint8Array {
	const chunk = deflateRawSync(new Uint8Array(MIB), {
		level: 9,
		finishFlush: constants.Z_SYNC_FLUSH
	});
	const out = new Uint8Array(chunk.length * mib + FINAL_BLOCK.length);
	for (let i = 0; i < mib; i++) out.set(chunk, i * chunk.length);
	out.set(FINAL_BLOCK, chunk.length * mib);
	return out;
}

export interface BombOptions {
	/** MiB of zeros the entry really inflates to. */
	mib: number;
	/** Uncompressed size written in BOTH the local and the central header (default: the truth). */
	declaredSize?: number;
	entry?: string;
}

/** A one-entry ZIP (method 8) whose entry inflates to `mib` MiB; CRC-32 left 0. */
export function zipBomb({ mib, declaredSize = mib * MIB, entry = 'xl/workbook.xml' }: BombOptions) {
	const data = deflatedZeros(mib);
	const name = new TextEncoder().encode(entry);
	const local = new Uint8Array(30 + name.length);
	const central = new Uint8Array(46 + name.length);
	const eocd = new Uint8Array(22);
	const lv = new DataView(local.buffer);
	const cv = new DataView(central.buffer);
	const ev = new DataView(eocd.buffer);
	lv.setUint32(0, 0x04034b50, true);
	lv.setUint16(4, 20, true); // version needed
	lv.setUint16(8, 8, true); // deflate
	lv.setUint16(12, 0x21, true); // 1980-01-01
	lv.setUint32(18, data.length, true);
	lv.setUint32(22, declaredSize, true);
	lv.setUint16(26, name.length, true);
	local.set(name, 30);
	cv.setUint32(0, 0x02014b50, true);
	cv.setUint16(4, 20, true);
	cv.setUint16(6, 20, true);
	cv.setUint16(10, 8, true);
	cv.setUint16(14, 0x21, true);
	cv.setUint32(20, data.length, true);
	cv.setUint32(24, declaredSize, true);
	cv.setUint16(28, name.length, true);
	cv.setUint32(42, 0, true); // local header offset
	central.set(name, 46);
	const dirOffset = local.length + data.length;
	ev.setUint32(0, 0x06054b50, true);
	ev.setUint16(8, 1, true);
	ev.setUint16(10, 1, true);
	ev.setUint32(12, central.length, true);
	ev.setUint32(16, dirOffset, true);
	const zip = new Uint8Array(dirOffset + central.length + eocd.length);
	zip.set(local, 0);
	zip.set(data, local.length);
	zip.set(central, dirOffset);
	zip.set(eocd, dirOffset + central.length);
	return zip;
}
