/**
 * `npx tsx bench/cpuprofile-top.ts <file.cpuprofile|dir> [n]`: where a server's CPU time went,
 * from a V8 profile written by `node --cpu-prof` (bench:http with BENCH_CPU_PROF=<dir>). Prints
 * the share of sampled time per area (package, app chunk, node internals, GC, idle), the top
 * functions by self time, and the top app/package functions by inclusive time (time with
 * their callees, counted once per stack). Facts of one run; the sampling interval is node's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

interface Node {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	hitCount?: number;
	children?: number[];
}
interface Profile {
	nodes: Node[];
	samples: number[];
	timeDeltas: number[];
	startTime: number;
	endTime: number;
}

function latest(path: string): string {
	if (!statSync(path).isDirectory()) return path;
	const files = readdirSync(path)
		.filter((f) => f.endsWith('.cpuprofile'))
		.map((f) => join(path, f))
		.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
	if (!files.length) throw new Error(`no .cpuprofile in ${path}`);
	// A server in several processes (SARAPSHY_WORKERS) writes one profile each, the primary
	// last and nearly idle: of the newest run's profiles (written within a minute of the
	// newest), the largest — a worker's. Name a file to read another.
	const newest = statSync(files[0]).mtimeMs;
	const run = files.filter((f) => newest - statSync(f).mtimeMs < 60_000);
	if (run.length > 1)
		console.error(`${run.length} profiles of the newest run; reading the largest (a worker's)`);
	return run.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

/** The package or app file a frame belongs to. */
function area(url: string, name: string): string {
	if (!url) return name.startsWith('(') ? name : '(native)';
	const nm = url.lastIndexOf('node_modules/');
	if (nm >= 0) {
		const rest = url.slice(nm + 13).split('/');
		return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
	}
	if (url.startsWith('node:')) return 'node internals';
	const b = url.indexOf('/build/');
	return b >= 0 ? `app ${url.slice(b + 7).replace(/-[\w-]{8}\.js$/, '')}` : basename(url);
}

function main() {
	const file = latest(process.argv[2] ?? 'bench/out/prof');
	const top = Number(process.argv[3] ?? 25);
	const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	// time per sample: the delta to the next sample (µs)
	const selfUs = new Map<number, number>();
	for (let i = 0; i < p.samples.length; i++) {
		const dt = p.timeDeltas[i + 1] ?? 0;
		selfUs.set(p.samples[i], (selfUs.get(p.samples[i]) ?? 0) + dt);
	}
	const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
	const idle = [...selfUs].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)');
	const idleUs = idle.reduce((a, [, t]) => a + t, 0);
	const busy = total - idleUs;
	const label = (n: Node) =>
		`${n.callFrame.functionName || '(anonymous)'} ${area(n.callFrame.url, n.callFrame.functionName)}:${n.callFrame.lineNumber + 1}`;
	const pct = (us: number) => `${((us / busy) * 100).toFixed(1).padStart(5)} %`;

	const areas = new Map<string, number>();
	const selfFn = new Map<string, number>();
	const inclFn = new Map<string, number>();
	for (const [id, us] of selfUs) {
		const n = byId.get(id)!;
		if (n.callFrame.functionName === '(idle)') continue;
		const a = area(n.callFrame.url, n.callFrame.functionName);
		areas.set(a, (areas.get(a) ?? 0) + us);
		selfFn.set(label(n), (selfFn.get(label(n)) ?? 0) + us);
		// inclusive: every distinct frame on the stack, once
		const onStack = new Set<string>();
		for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
			const f = byId.get(cur)!;
			if (f.callFrame.url) onStack.add(label(f));
		}
		for (const l of onStack) inclFn.set(l, (inclFn.get(l) ?? 0) + us);
	}
	const print = (title: string, m: Map<string, number>, n: number) => {
		console.log(`\n${title}`);
		for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
			console.log(`${pct(us)}  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
	};
	console.log(
		`${file}: ${((p.endTime - p.startTime) / 1e6).toFixed(1)} s profiled, ${(busy / 1e6).toFixed(1)} s on the CPU ` +
			`(main thread; idle ${(idleUs / 1e6).toFixed(1)} s); shares below are of the busy time`
	);
	print('by area (self time)', areas, 20);
	print('functions by self time', selfFn, top);
	print('functions by inclusive time (with callees)', inclFn, top);
}

main();
