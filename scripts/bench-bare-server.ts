// The baseline for npm run bench: a bare node:http server answering with the
// same HTML the app produced, gzip-compressed like the app's responses.
import fs from "node:fs";
import http from "node:http";
import { gzipSync } from "node:zlib";

const [file, port] = process.argv.slice(2);
const pages = JSON.parse(fs.readFileSync(file!, "utf8")) as Record<string, string>;
const compressed = new Map(Object.entries(pages).map(([p, html]) => [p, gzipSync(html)]));

http
  .createServer((req, res) => {
    const body = compressed.get(req.url ?? "");
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    const gzip = (req.headers["accept-encoding"] ?? "").includes("gzip");
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      ...(gzip ? { "Content-Encoding": "gzip" } : {}),
    });
    res.end(gzip ? body : pages[req.url ?? ""]);
  })
  .listen(Number(port), "127.0.0.1");
