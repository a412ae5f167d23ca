// npm run bench: load figures for the public pages against the production
// build, each beside a bare node:http server that returns the very same HTML
// (its own process), measured in turns in one run so the ratio is fair.
// Prints requests/s, p50/p99 latency, the ratio app/bare and the gzipped
// JavaScript each page ships.
//   npm run bench -- --duration 10 --connections 50
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { start, stop, waitFor } from "./bench-support";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3400" },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const appPort = Number(values.port);
const barePort = appPort + 1;

const PAGES = [
  { name: "start page", path: "/de" },
  { name: "search", path: "/de/search?q=Schulden" },
  { name: "service page", path: "/de/services/wohngeld" },
  { name: "life situation", path: "/tr/help/situations/debts" },
];

async function load(url: string) {
  const r = await autocannon({ url, connections, duration, pipelining: 1 });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}

async function jsBytes(base: string, html: string): Promise<number> {
  const srcs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  let total = 0;
  for (const src of new Set(srcs)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    total += gzipSync(body).length;
  }
  // Inline scripts count too (JSON-LD data blocks do not run and are not counted).
  for (const m of html.matchAll(
    /<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    total += gzipSync(Buffer.from(m[1]!)).length;
  }
  return total;
}

const db = path.resolve("data/bench/app.db");
fs.rmSync(path.dirname(db), { recursive: true, force: true });
fs.mkdirSync(path.dirname(db), { recursive: true });
const dbEnv = { DATABASE_URL: `file:${db}` };
await new Promise<void>((resolve, reject) => {
  const p = spawn(
    "sh",
    ["-c", "npx prisma migrate deploy >/dev/null && npx tsx prisma/seed.ts >/dev/null"],
    {
      env: { ...process.env, ...dbEnv },
      stdio: "inherit",
    },
  );
  p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seed exited ${code}`))));
});

const app = start("npx", ["tsx", "server/index.ts"], {
  ...process.env,
  ...dbEnv,
  NODE_ENV: "production",
  PORT: String(appPort),
});
const appBase = `http://127.0.0.1:${appPort}`;
try {
  await waitFor(`${appBase}/healthz`);
  const pages: Record<string, string> = {};
  for (const p of PAGES) pages[p.path] = await (await fetch(appBase + p.path)).text();
  const pagesFile = path.resolve("data/bench/pages.json");
  fs.writeFileSync(pagesFile, JSON.stringify(pages));
  const bare = start(
    "npx",
    ["tsx", "scripts/bench-bare-server.ts", pagesFile, String(barePort)],
    process.env,
  );
  const bareBase = `http://127.0.0.1:${barePort}`;
  try {
    await waitFor(`${bareBase}/de`);
    console.log(
      `\nLoad: ${connections} connections, ${duration} s per run, app and bare server in turns.\n`,
    );
    console.log("page            | app req/s | p50 ms | p99 ms | bare req/s | ratio | JS gzip");
    console.log("----------------|-----------|--------|--------|------------|-------|--------");
    for (const p of PAGES) {
      await load(appBase + p.path); // warm-up of caches and JIT, not counted
      const a = await load(appBase + p.path);
      const b = await load(bareBase + p.path);
      const js = await jsBytes(appBase, pages[p.path]!);
      const ratio = a.rps / b.rps;
      console.log(
        `${p.name.padEnd(15)} | ${a.rps.toFixed(0).padStart(9)} | ${String(a.p50).padStart(6)} | ${String(a.p99).padStart(6)} | ${b.rps.toFixed(0).padStart(10)} | ${ratio.toFixed(2).padStart(5)} | ${(js / 1024).toFixed(1)} kB${a.errors ? `  (${a.errors} errors)` : ""}`,
      );
    }
    console.log("\nTargets: ratio ≥ 0.25, p99 < 50 ms, JS ≤ 15 kB per public page.");
  } finally {
    stop(bare);
  }
} finally {
  stop(app);
}
