import type { AppLoadContext } from "@remix-run/node";

export function requestMeta(request: Request, context: AppLoadContext) {
  return { ipAddress: context.clientIp ?? null, userAgent: request.headers.get("user-agent") };
}
