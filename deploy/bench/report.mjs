// Turns deploy/bench/run.sh's results.tsv into the benchmark table (Markdown) and the target checks.
import { readFileSync } from "node:fs";

const rows = readFileSync(process.argv[2], "utf8").trim().split("\n").map((l) => l.split("\t"));
const cells = new Map();
const rss = new Map();
for (const [scale, q, system, stats, sql] of rows) {
  if (q === "rss") { rss.set(`${scale}/${system}`, Number(stats) / 1024); continue; }
  const s = Object.fromEntries(stats.split(" ").map((kv) => kv.split("=")).map(([k, v]) => [k, Number(v)]));
  cells.set(`${scale}/${q}/${system}`, { ...s, sql });
}
const scales = ["S", "M", "L"].filter((s) => [...cells.keys()].some((k) => k.startsWith(`${s}/`)));
const queries = [...new Set([...cells.keys()].map((k) => k.split("/")[1]))].sort();
const fmt = (n, d = 0) => (n === undefined || Number.isNaN(n) ? "–" : n.toFixed(d));
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);

console.log("| query | scale | Landscape req/s | p50 ms | p99 ms | err | SQL/req | PostGraphile req/s | p50 ms | p99 ms | err | floor req/s | p50 ms | p99 ms | err | L/PG req/s | L/floor req/s | L/floor p99 |");
console.log("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
const checks = [];
for (const q of queries) {
  for (const scale of scales) {
    const l = cells.get(`${scale}/${q}/landscape`);
    const p = cells.get(`${scale}/${q}/postgraphile`);
    const f = cells.get(`${scale}/${q}/floor`);
    const c = (x, key, d) => fmt(x?.[key], d);
    console.log(`| ${q.toUpperCase()} | ${scale} | ${c(l, "rps")} | ${c(l, "p50_ms", 1)} | ${c(l, "p99_ms", 1)} | ${c(l, "errors")} | ${l?.sql ?? "–"} | ` +
      `${c(p, "rps")} | ${c(p, "p50_ms", 1)} | ${c(p, "p99_ms", 1)} | ${c(p, "errors")} | ${c(f, "rps")} | ${c(f, "p50_ms", 1)} | ${c(f, "p99_ms", 1)} | ${c(f, "errors")} | ` +
      `${fmt(ratio(l?.rps, p?.rps), 2)} | ${fmt(ratio(l?.rps, f?.rps), 2)} | ${fmt(ratio(l?.p99_ms, f?.p99_ms), 2)} |`);
    if (l && p) checks.push([`${q.toUpperCase()} ${scale}: Landscape req/s ≥ PostGraphile's`, l.rps >= p.rps, `${fmt(ratio(l.rps, p.rps), 2)}×`]);
    if (l && f) checks.push([`${q.toUpperCase()} ${scale}: Landscape p99 ≤ 2× floor's`, l.p99_ms <= 2 * f.p99_ms, `${fmt(ratio(l.p99_ms, f.p99_ms), 2)}×`]);
  }
}
const q1s = cells.get("S/q1/landscape");
const q1l = cells.get("L/q1/landscape");
if (q1s && q1l) {
  checks.push(["Q1 at L within 1.5× of Q1 at S (req/s)", q1s.rps / q1l.rps <= 1.5, `S/L req/s ${fmt(q1s.rps / q1l.rps, 2)}×, p50 L/S ${fmt(q1l.p50_ms / q1s.p50_ms, 2)}×`]);
}
for (const q of queries) {
  const counts = new Set(scales.map((s) => cells.get(`${s}/${q}/landscape`)?.sql).filter((x) => x !== undefined));
  if (counts.size) checks.push([`${q.toUpperCase()}: SQL statements per request the same at every scale`, counts.size === 1, [...counts].join(", ")]);
}
console.log("");
console.log("| server peak RSS (VmHWM, MB) | " + scales.join(" | ") + " |");
console.log("|---|" + scales.map(() => "--:").join("|") + "|");
for (const system of ["landscape", "postgraphile", "floor"]) {
  if (scales.some((s) => rss.has(`${s}/${system}`))) {
    console.log(`| ${system} | ` + scales.map((s) => fmt(rss.get(`${s}/${system}`))).join(" | ") + " |");
  }
}
const rssL = rss.get("L/landscape");
if (rssL !== undefined) checks.push(["Landscape peak RSS ≤ 400 MB during the L run", rssL <= 400, `${fmt(rssL)} MB`]);
console.log("");
console.log("| target | holds | measured |");
console.log("|---|---|---|");
for (const [name, ok, detail] of checks) console.log(`| ${name} | ${ok ? "yes" : "**no**"} | ${detail} |`);
