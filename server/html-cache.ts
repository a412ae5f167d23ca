// A cache of whole HTML pages for anonymous visitors of the public directory:
// those pages are the same for everyone until an administrator changes the
// directory, so they are rendered once per directory version and then served
// from memory (gzip precomputed). Correctness never depends on it:
// - only GET requests without a session cookie, only 200 text/html answers
//   without Set-Cookie, only pages that carry no script (so no CSP nonce);
// - hits are answered first thing (before compression and helmet, which cost
//   more than the answer itself once pages come from memory) with the headers
//   the stored answer had, security headers included; the CSP header gets a
//   fresh nonce each time (cached pages run no script, but a nonce is never
//   handed out twice);
// - every entry belongs to a directory version; the version is read from the
//   database every POLL_MS, so a publish in any process is seen within that
//   time; a new server build starts with an empty cache.
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { createClient } from "@libsql/client";
import type { NextFunction, Request, Response } from "express";
import { sqliteUrl } from "../app/utils/db-url";

const POLL_MS = 500;
const MAX_ENTRIES = 2000;
const CACHEABLE =
  /^\/(de|en|tr|ar|uk|ru|pl)(\/(help(\/.*)?|services\/[^/]+(\/(easy-language|checklist))?|search|accessibility|privacy|imprint|easy-language|sign-language))?$/;

type Entry = { version: string; body: Buffer; gzip: Buffer; headers: [string, string][] };

/**
 * The headers a stored page is replayed with: what describes the page and the
 * security headers helmet sets the same way for every page. Only these, so a
 * header some route sets for one visitor never reaches the next one.
 */
const REPLAYED = new Set([
  "content-type",
  "cache-control",
  "content-language",
  "vary",
  "content-security-policy",
  "cross-origin-opener-policy",
  "cross-origin-resource-policy",
  "origin-agent-cluster",
  "referrer-policy",
  "strict-transport-security",
  "x-content-type-options",
  "x-dns-prefetch-control",
  "x-download-options",
  "x-frame-options",
  "x-permitted-cross-domain-policies",
  "x-xss-protection",
]);

function freshNonce(value: string): string {
  return value.replace(/'nonce-[^']*'/g, `'nonce-${randomBytes(16).toString("base64")}'`);
}

export function createHtmlCache() {
  const entries = new Map<string, Entry>();
  let version = "";
  const client = createClient({ url: sqliteUrl() });
  const poll = async () => {
    try {
      const r = await client.execute({
        sql: "SELECT value FROM SiteSetting WHERE key = ?",
        args: ["directory.version"],
      });
      const next = String(r.rows[0]?.value ?? "0");
      if (next !== version) {
        version = next;
        entries.clear();
      }
    } catch {
      version = "";
      entries.clear();
    }
  };
  const ready = poll();
  const timer = setInterval(() => void poll(), POLL_MS);
  timer.unref();

  function eligible(req: Request): boolean {
    return (
      req.method === "GET" &&
      !(req.headers.cookie ?? "").includes("session=") &&
      CACHEABLE.test(req.path) &&
      version !== ""
    );
  }

  /** First middleware: answers a hit from memory, with the stored headers. */
  async function serve(req: Request, res: Response, next: NextFunction) {
    await ready;
    if (!eligible(req)) return next();
    const hit = entries.get(req.originalUrl);
    if (!hit || hit.version !== version) return next();
    for (const [name, value] of hit.headers)
      res.setHeader(name, name === "content-security-policy" ? freshNonce(value) : value);
    res.setHeader("X-Cache", "hit");
    res.vary("Accept-Encoding");
    if (req.acceptsEncodings("gzip")) {
      res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Content-Length", hit.gzip.length);
      res.end(hit.gzip);
    } else {
      res.setHeader("Content-Length", hit.body.length);
      res.end(hit.body);
    }
  }

  /** Later, after the security headers: keeps a copy of what Remix renders. */
  async function store(req: Request, res: Response, next: NextFunction) {
    await ready;
    if (!eligible(req)) return next();
    const key = req.originalUrl;
    // Miss: let Remix render, keep a copy of what it sends.
    const started = version;
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) chunks.push(Buffer.from(chunk as Buffer));
      return write(chunk, ...rest);
    }) as Response["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk as Buffer));
      const type = String(res.getHeader("Content-Type") ?? "");
      const storable =
        res.statusCode === 200 &&
        type.startsWith("text/html") &&
        !res.getHeader("Set-Cookie") &&
        started === version &&
        entries.size < MAX_ENTRIES;
      if (storable) {
        const body = Buffer.concat(chunks);
        if (!/<script(?![^>]*application\/ld\+json)/.test(body.toString("utf8"))) {
          const headers: [string, string][] = [];
          for (const [name, v] of Object.entries(res.getHeaders())) {
            if (v === undefined || !REPLAYED.has(name)) continue;
            headers.push([name, Array.isArray(v) ? v.join(", ") : String(v)]);
          }
          entries.set(key, { version: started, body, gzip: gzipSync(body), headers });
        }
      }
      return end(chunk, ...rest);
    }) as Response["end"];
    next();
  }

  return { serve, store };
}
