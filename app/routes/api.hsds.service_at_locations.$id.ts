// GET /api/hsds/service_at_locations/{id} — one fully nested service at a location (HSDS 3.0, docs/hsds.md).
import type { LoaderFunctionArgs } from "@remix-run/node";
import * as hsds from "~/domain/hsds/api.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  return hsds.serviceAtLocation(request, params.id);
}
