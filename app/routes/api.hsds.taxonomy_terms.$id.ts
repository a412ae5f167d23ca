// GET /api/hsds/taxonomy_terms/{id} — one taxonomy term (HSDS 3.0, docs/hsds.md).
import type { LoaderFunctionArgs } from "@remix-run/node";
import * as hsds from "~/domain/hsds/api.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  return hsds.taxonomyTermById(request, params.id);
}
