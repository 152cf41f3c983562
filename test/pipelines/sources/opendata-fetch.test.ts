/**
 * The open-data connector against a real HTTP server on 127.0.0.1 (never the portal): a
 * gzip-encoded answer is inflated by fetch itself, so the connector must count the inflated
 * body and stop at the importer's limit instead of holding a bomb in memory (issue 14).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchOpendata1m } from '../../../pipelines/sources/opendata/index.ts';
import { deflatedZeros } from '../xlsx/zip-bomb.ts';

const MIB = 1 << 20;
/** A gzip member around a raw deflate stream (RFC 1952); its trailer is never reached. */
const gzipBomb = (mib: number) =>
	Buffer.concat([
		Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]),
		deflatedZeros(mib),
		Buffer.alloc(8)
	]);

const RECORDS = [{ razdel: '1', shifr: '1', region: 'Акмолинская', gr1: 5 }];
let server: Server;
let base: string;

beforeAll(async () => {
	const bomb = gzipBomb(1000); // ~1 MB on the wire, 1000 MiB inflated
	server = createServer((req, res) => {
		const body = req.url?.includes('date=bomb') ? bomb : gzipSync(JSON.stringify(RECORDS));
		res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
		res.end(body);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4`;
});

afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('fetchOpendata1m', () => {
	it('reads a gzip-encoded answer into the saved form', async () => {
		const saved = await fetchOpendata1m({ apiKey: 'k', date: '2022-12', baseUrl: base });
		expect(saved).toEqual({ dataset: 'gp_od_service_1m', date: '2022-12', records: RECORDS });
	});

	it('refuses a gzip bomb at the limit, without holding it inflated', async () => {
		const before = process.memoryUsage().rss;
		await expect(
			fetchOpendata1m({ apiKey: 'k', date: 'bomb', baseUrl: base, maxBytes: 50 * MIB })
		).rejects.toThrow(
			/open-data portal, gp_od_service_1m date=bomb: the response is larger than 52428800 bytes \(after decompression\); refused/
		);
		// 1000 MiB inflated would show; the 50 MiB read before the refusal may.
		expect(process.memoryUsage().rss - before).toBeLessThan(300 * MIB);
	});
});
