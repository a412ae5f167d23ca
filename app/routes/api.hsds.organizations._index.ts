// GET /api/hsds/organizations — paginated organizations (HSDS 3.0, docs/hsds.md).
import type { LoaderFunctionArgs } from "@remix-run/node";
import * as hsds from "~/domain/hsds/api.server";

export function loader({ request }: LoaderFunctionArgs) {
  return hsds.organizations(request);
}
