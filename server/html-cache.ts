// A cache of whole HTML pages for anonymous visitors of the public directory:
// those pages are the same for everyone until an administrator changes the
// directory, so they are rendered once per directory version and then served
// from memory (gzip precomputed). Correctness never depends on it:
// - only GET requests without a session cookie, only 200 text/html answers
//   without Set-Cookie, only pages that carry no script (so no CSP nonce);
// - every entry belongs to a directory version; the version is read from the
//   database every POLL_MS, so a publish in any process is seen within that
//   time; a new server build starts with an empty cache.
import { gzipSync } from "node:zlib";
import { createClient } from "@libsql/client";
import type { NextFunction, Request, Response } from "express";
import { sqliteUrl } from "../app/utils/db-url";

const POLL_MS = 500;
const MAX_ENTRIES = 2000;
const CACHEABLE =
  /^\/(de|en|tr|ar|uk|ru|pl)(\/(help(\/.*)?|services\/[^/]+(\/(easy-language|checklist))?|search|accessibility|privacy|imprint|easy-language|sign-language))?$/;

type Entry = { version: string; body: Buffer; gzip: Buffer; headers: [string, string][] };

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

  async function middleware(req: Request, res: Response, next: NextFunction) {
    await ready;
    if (!eligible(req)) return next();
    const key = req.originalUrl;
    const hit = entries.get(key);
    if (hit && hit.version === version) {
      for (const [name, value] of hit.headers) res.setHeader(name, value);
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
      return;
    }
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
          for (const name of ["content-type", "cache-control", "content-language", "vary"]) {
            const v = res.getHeader(name);
            if (v !== undefined) headers.push([name, String(v)]);
          }
          entries.set(key, { version: started, body, gzip: gzipSync(body), headers });
        }
      }
      return end(chunk, ...rest);
    }) as Response["end"];
    next();
  }

  return { middleware };
}
