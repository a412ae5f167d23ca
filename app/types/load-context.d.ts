import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per-response nonce for the Content-Security-Policy. */
    cspNonce: string;
    /** Client IP (X-Forwarded-For only when TRUST_PROXY says so). */
    clientIp: string | null;
  }
}
