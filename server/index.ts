// Production and development server: Express in front of Remix, so every
// response gets the security headers, a CSP nonce and compression, and
// cross-origin form posts are refused before they reach an action.
import crypto from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import { createHtmlCache } from "./html-cache";
import { pendingMigrations } from "./migrations";

const production = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT ?? 3000);
const publicUrl = new URL(process.env.PUBLIC_URL ?? `http://localhost:${port}`);
const https = publicUrl.protocol === "https:";

const pending = await pendingMigrations();
if (pending.length > 0) {
  console.error(
    `The database has ${pending.length} pending migration(s): ${pending.join(", ")}.\n` +
      "Apply them first with `npx prisma migrate deploy` (npm run demo does this), then start again.",
  );
  process.exit(1);
}

const viteDevServer = production
  ? undefined
  : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

const app = express();
app.disable("x-powered-by");
if (process.env.TRUST_PROXY) {
  const v = process.env.TRUST_PROXY;
  app.set("trust proxy", /^\d+$/.test(v) ? Number(v) : v === "true" ? true : v);
}

// Public directory pages for anonymous visitors, rendered once per directory
// version (server/html-cache.ts): hits are answered here, first, with the
// headers the page was stored with; misses go on and are stored below.
const htmlCache = production ? createHtmlCache() : null;
if (htmlCache) app.use(htmlCache.serve);

app.use(compression());

app.use((_req, res, next) => {
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  next();
});

app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": [
          "'strict-dynamic'",
          (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`,
          ...(production ? [] : ["'unsafe-eval'"]),
        ],
        "style-src": ["'self'", ...(production ? [] : ["'unsafe-inline'"])],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "media-src": ["'self'", "https:"],
        "connect-src": ["'self'", ...(production ? [] : ["ws:"])],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        ...(https ? { "upgrade-insecure-requests": [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: "deny" },
  }),
);

// State-changing requests must come from our own pages (CSRF defence in depth
// beside SameSite=Lax cookies): browsers always send Origin on such requests.
app.use((req, res, next) => {
  if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
  const origin = req.get("origin");
  const site = req.get("sec-fetch-site");
  const host = `${req.protocol}://${req.get("host")}`;
  const crossSite =
    site === "cross-site" ||
    (origin !== undefined && origin !== host && origin !== publicUrl.origin);
  if (crossSite) {
    res.status(403).type("text/plain").send("Cross-origin request refused");
    return;
  }
  next();
});

// Misses of cacheable pages are stored here, after the security headers are
// set; before the static file handlers, which never serve these paths.
if (htmlCache) app.use(htmlCache.store);

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
}
// Hashed CSS and fonts never change under their name.
app.use(
  "/assets",
  express.static("public/assets", { immutable: true, maxAge: "1y", fallthrough: true }),
);
app.use(express.static(production ? "build/client" : "public", { maxAge: "1h" }));

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
  : ((await import(path.resolve("build/server/index.js"))) as ServerBuild);

app.all(
  "*",
  createRequestHandler({
    build,
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      clientIp: req.ip ?? req.socket.remoteAddress ?? null,
    }),
  }),
);

// Background jobs (the mail outbox worker) run in every server process; they
// claim their work in the database, so several processes never double-send.
const serverBuild = typeof build === "function" ? await build() : build;
(serverBuild.entry.module as { startBackgroundJobs?: () => void }).startBackgroundJobs?.();

const server = app.listen(port, () => {
  console.log(`Sozialagentur portal listening on ${publicUrl.origin} (port ${port})`);
});
// Node closes an idle keep-alive connection after 5 s by default; under heavy
// load that timer was seen to close connections with a request in flight
// (nodejs/node#43456). Longer than the usual proxy idle timeout (60 s), so the
// proxy, not Node, decides when a connection ends.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
