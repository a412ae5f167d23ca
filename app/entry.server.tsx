import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { NonceProvider } from "~/utils/nonce";
import { instanceFor, languageOf } from "~/utils/i18n.server";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? "";
  const i18n = instanceFor(languageOf(request));
  // Browsers without JavaScript and bots need the whole document at once;
  // hydrating browsers could start on the shell.
  const readyEvent = isbot(request.headers.get("user-agent")) ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          if (!responseHeaders.has("Cache-Control")) {
            // Pages with a session may show personal data: never store them.
            const personal = (request.headers.get("Cookie") ?? "").includes("session=");
            responseHeaders.set("Cache-Control", personal ? "private, no-store" : "no-cache");
          }
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY + 1000);
  });
}

import { startMailWorker } from "~/utils/mail.server";
import { warmSearchIndex } from "~/domain/search/search.server";
import { runBookingJobs } from "~/domain/booking/jobs.server";

/** Called once per server process by server/index.ts. */
export function startBackgroundJobs() {
  startMailWorker();
  // Build the search indexes now, not on the first citizen's search.
  void warmSearchIndex().catch((error: unknown) => console.error("search index", error));
  // Booking housekeeping (holds, waitlist offers, reminders) now and every
  // minute; safe with several processes. A run still going is not overlapped.
  if (!process.env.VITEST) {
    let running = false;
    const tick = () => {
      if (running) return;
      running = true;
      runBookingJobs()
        .catch((error: unknown) => console.error("booking jobs", error))
        .finally(() => (running = false));
    };
    tick();
    setInterval(tick, 60_000).unref();
  }
}
