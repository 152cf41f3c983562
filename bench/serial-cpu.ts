/**
 * `npx tsx bench/serial-cpu.ts <build/index.js> [count] [seed]`: the server's CPU per request of
 * the mixed scenario's URLs sent ONE AT A TIME — what a request costs, nearly independent of
 * other work on a shared machine (unlike requests/s). Starts the given built server (one
 * process: SARAPSHY_WORKERS=1) on the demo warehouse of bench:http, warms it with 40 URLs of
 * another seed, then sends `count` URLs of the mix and prints the server's CPU (all its
 * threads, /proc) per request and the wall time, per family and overall. Used to compare two
 * builds on the same URLs.
 *
 * The mix is made from what the server offers (bench/http-mixed.ts's discovery), so two builds
 * with other datasets get other URLs: `SERIAL_VOCAB=<file.json>` writes the vocabulary found
 * when the file is missing and reads it when it is there, so that a second build gets exactly
 * the first one's URLs. `SERIAL_FAMILIES=<regexp>` keeps only the families it matches (a
 * profile of the worst views); `SERIAL_CPU_PROF=<dir>` runs the server under `node
 * --cpu-prof` into <dir> (summarise with bench/cpuprofile-top.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { discover } from './http-mixed';
import { mixedRequests, percentile, type MixVocabulary } from './http-mix';
import { treeCpuSeconds } from './proc-cpu';

const ROOT = resolve(import.meta.dirname, '..');
const entry = resolve(process.argv[2] ?? 'build/index.js');
const COUNT = Number(process.argv[3] ?? 300);
const SEED = Number(process.argv[4] ?? 14);
const DB = resolve(ROOT, 'bench/out/http-demo.duckdb');
const GEOJSON = resolve(ROOT, '../shared/data/geo/kz-regions-osm.geojson');
const PORT = 39000 + Math.floor(Math.random() * 900);
const base = `http://127.0.0.1:${PORT}`;

if (!existsSync(DB)) throw new Error(`${DB}: run npm run bench:http once to build it`);
const VOCAB_FILE = process.env.SERIAL_VOCAB ? resolve(process.env.SERIAL_VOCAB) : undefined;
const FAMILIES = process.env.SERIAL_FAMILIES ? new RegExp(process.env.SERIAL_FAMILIES) : undefined;
const PROF = process.env.SERIAL_CPU_PROF ? resolve(process.env.SERIAL_CPU_PROF) : undefined;
const server = spawn(
	process.execPath,
	[...(PROF ? ['--cpu-prof', `--cpu-prof-dir=${PROF}`] : []), entry],
	{
		cwd: resolve(entry, '../..'),
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(PORT),
			SARAPSHY_DB: DB,
			SARAPSHY_WORKERS: '1',
			...(existsSync(GEOJSON) ? { SARAPSHY_GEOJSON: GEOJSON } : {})
		},
		stdio: ['ignore', 'ignore', 'inherit']
	}
);
try {
	for (let i = 0; ; i++) {
		if (
			await fetch(`${base}/api/v1/health`).then(
				(r) => r.ok,
				() => false
			)
		)
			break;
		if (i > 300) throw new Error('server not up');
		await new Promise((r) => setTimeout(r, 100));
	}
	let vocab: MixVocabulary;
	if (VOCAB_FILE && existsSync(VOCAB_FILE)) {
		vocab = JSON.parse(readFileSync(VOCAB_FILE, 'utf8')) as MixVocabulary;
		console.log(`vocabulary read from ${VOCAB_FILE}`);
	} else {
		vocab = (await discover(base)).vocab;
		if (VOCAB_FILE) writeFileSync(VOCAB_FILE, JSON.stringify(vocab, null, 1));
	}
	const send = async (r: { path: string; headers: Record<string, string> }) => {
		const res = await fetch(base + r.path, { headers: r.headers });
		await res.arrayBuffer();
		return res.status;
	};
	for (const r of mixedRequests(vocab, 40, SEED + 1000)) await send(r); // warm-up (JIT, modules)
	const plan = mixedRequests(vocab, COUNT, SEED).filter(
		(r) => !FAMILIES || FAMILIES.test(r.family)
	);
	const families = new Map<string, { cpu: number[]; wall: number[] }>();
	const cpu0 = treeCpuSeconds(server.pid!)!;
	const t0 = performance.now();
	let bad = 0;
	for (const r of plan) {
		const c = treeCpuSeconds(server.pid!)!;
		const t = performance.now();
		if ((await send(r)) !== 200) bad++;
		const f = families.get(r.family) ?? { cpu: [], wall: [] };
		f.cpu.push((treeCpuSeconds(server.pid!)! - c) * 1000);
		f.wall.push(performance.now() - t);
		families.set(r.family, f);
	}
	const cpu = ((treeCpuSeconds(server.pid!)! - cpu0) * 1000) / plan.length;
	const wall = (performance.now() - t0) / plan.length;
	console.log(`${entry}: ${plan.length} URLs one at a time (seed ${SEED}), ${bad} not 200`);
	console.log(
		`server CPU ${cpu.toFixed(1)} ms a request (2 cores: ${(2000 / cpu).toFixed(0)} req/s at most); wall ${wall.toFixed(1)} ms a request`
	);
	const rows = [...families].sort(
		(a, b) => b[1].cpu.reduce((x, y) => x + y, 0) - a[1].cpu.reduce((x, y) => x + y, 0)
	);
	for (const [f, v] of rows) {
		const sum = v.cpu.reduce((x, y) => x + y, 0);
		v.wall.sort((a, b) => a - b);
		console.log(
			`  ${f.padEnd(36)} n ${String(v.cpu.length).padStart(4)}  CPU ${(sum / v.cpu.length).toFixed(1).padStart(6)} ms  ` +
				`wall p50 ${percentile(v.wall, 50).toFixed(1).padStart(6)} ms  share of CPU ${((sum / (cpu * plan.length)) * 100).toFixed(0)} %`
		);
	}
} finally {
	server.kill('SIGTERM');
	// the profile is written as the server exits
	if (PROF) await new Promise((r) => server.once('exit', r));
}
