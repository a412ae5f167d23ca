// Micro-benchmark of the directory search on a seeded database: how long the
// indexes take to build, and how long a query takes (median, p95, p99 over
// 1000 queries in all seven languages, typos and compounds included).
//   npx tsx scripts/bench-search.ts            (data/app.db, after npm run db:seed)
//   DATABASE_URL=file:/tmp/other.db npx tsx scripts/bench-search.ts
import os from "node:os";
import { parseArgs } from "node:util";
import type { Language } from "~/i18n";
import { buildSearchEngine, loadSearchInput, searchServices } from "~/domain/search/search.server";
import { prisma } from "~/utils/db.server";

const { values } = parseArgs({ options: { queries: { type: "string", default: "1000" } } });
const QUERY_COUNT = Number(values.queries);

// What citizens type, in every language: words, phrases, typos, compounds,
// spellings without umlauts or national letters, German words in other languages.
const QUERIES: [Language, string][] = [
  ["de", "Schulden"],
  ["de", "Mietschulden"],
  ["de", "Schuldnerberatnug"],
  ["de", "Buergergeld"],
  ["de", "Miete zu hoch"],
  ["de", "Hilfe bei Mietschulden und Stromsperre"],
  ["de", "Kita-Platz"],
  ["de", "Rente reicht nicht"],
  ["de", "Kinderzuschlg"],
  ["de", "Zeugnis anerkennen"],
  ["en", "debts"],
  ["en", "I lost my job and cannot pay the rent"],
  ["en", "housing benefit"],
  ["en", "german course"],
  ["tr", "borc"],
  ["tr", "borçlarım var"],
  ["tr", "kira yardimi"],
  ["tr", "issizlik parasi"],
  ["tr", "Almanca kursu"],
  ["ar", "ديون"],
  ["ar", "مساعدة في الإيجار"],
  ["ar", "إعانة البطالة"],
  ["ar", "الاعتراف بالشهادة"],
  ["uk", "визнання диплому"],
  ["uk", "житло"],
  ["uk", "курс німецької мови"],
  ["uk", "Jobcenter"],
  ["ru", "долги"],
  ["ru", "пособие на ребенка"],
  ["ru", "признание диплома"],
  ["pl", "długów"],
  ["pl", "zasilek na dziecko"],
  ["pl", "kurs niemieckiego"],
  ["de", "Xylophonunterricht"],
];

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  return `median ${ms(at(0.5))}, p95 ${ms(at(0.95))}, p99 ${ms(at(0.99))}, max ${ms(sorted.at(-1) ?? 0)}`;
}

async function main() {
  const input = await loadSearchInput();
  if (input.services.length === 0) {
    console.error("No published services: seed the database first (npm run db:seed).");
    process.exitCode = 1;
    return;
  }

  let started = performance.now();
  await buildSearchEngine();
  const cold = performance.now() - started;
  started = performance.now();
  const engine = await buildSearchEngine({ resultCacheSize: 0 });
  const warm = performance.now() - started;

  // Warm-up (JIT, stem memo), then the measured run.
  for (let round = 0; round < 20; round++)
    for (const [lang, query] of QUERIES) engine.search(lang, query);
  // Wall-clock time, and CPU time (what the query costs, without the time the
  // process waits for a CPU on a busy machine).
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let hits = 0;
  for (let i = 0; i < QUERY_COUNT; i++) {
    const [lang, query] = QUERIES[i % QUERIES.length]!;
    const cpu = process.cpuUsage();
    const t = performance.now();
    hits += engine.search(lang, query).hits.length;
    times.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }

  // The whole call as a route makes it: directory-version read + cached result
  // (the first call builds the process's cached engine).
  for (const [lang, query] of QUERIES) await searchServices(lang, query);
  const calls: number[] = [];
  for (let i = 0; i < QUERY_COUNT; i++) {
    const [lang, query] = QUERIES[i % QUERIES.length]!;
    const t = performance.now();
    await searchServices(lang, query);
    calls.push(performance.now() - t);
  }

  console.log(
    [
      `Search benchmark: ${input.services.length} published services, ${input.lifeSituations.length} life situations, 7 languages`,
      `  index build, first in process (JIT cold): ${cold.toFixed(0)} ms`,
      `  index build, again (rebuild after a publish): ${warm.toFixed(0)} ms`,
      `  query, engine only, ${QUERY_COUNT} queries (${QUERIES.length} distinct, no result cache): ${stats(times)}`,
      `    CPU time per query: ${stats(cpuTimes)}`,
      `    (${(hits / QUERY_COUNT).toFixed(1)} hits per query on average)`,
      `  searchServices(), ${QUERY_COUNT} calls (directory-version read + result cache): ${stats(calls)}`,
      `  machine: ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(1)} (a busy machine shows in p95/p99, not the median)`,
    ].join("\n"),
  );
}

try {
  await main();
} finally {
  await prisma.$disconnect();
}
