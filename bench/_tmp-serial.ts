import { discover } from '/work/wt-perf/bench/http-mixed';
import { mixedRequests } from '/work/wt-perf/bench/http-mix';
const base = 'http://127.0.0.1:39411';
const { vocab } = await discover(base);
const plan = mixedRequests(vocab, 3000, 99);
const fam = process.argv[2];
const sel = plan.filter((r) => !fam || r.family === fam).slice(0, Number(process.argv[3] ?? 40));
const t0 = performance.now();
for (const r of sel) { const res = await fetch(base + r.path, { headers: r.headers }); await res.arrayBuffer(); }
console.log(fam ?? 'all', sel.length, ((performance.now() - t0) / sel.length).toFixed(1), 'ms each');
