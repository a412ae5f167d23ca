// Translations for pages that hydrate (i18next-http-backend in the browser).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLanguage, namespaces } from "~/i18n";
import { resourcesOf } from "~/utils/i18n.server";

export function loader({ params }: LoaderFunctionArgs) {
  const { lng, ns } = params;
  if (!isLanguage(lng) || !(namespaces as readonly string[]).includes(ns ?? "")) {
    throw new Response("Not found", { status: 404 });
  }
  return Response.json(resourcesOf(lng, ns!), {
    headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=3600" },
  });
}
