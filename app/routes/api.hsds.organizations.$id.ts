// GET /api/hsds/organizations/{id} — one fully nested organization (HSDS 3.0, docs/hsds.md).
import type { LoaderFunctionArgs } from "@remix-run/node";
import * as hsds from "~/domain/hsds/api.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  return hsds.organization(request, params.id);
}
