// GET /api/hsds/service_at_locations — paginated services at locations (HSDS 3.0, docs/hsds.md).
import type { LoaderFunctionArgs } from "@remix-run/node";
import * as hsds from "~/domain/hsds/api.server";

export function loader({ request }: LoaderFunctionArgs) {
  return hsds.serviceAtLocations(request);
}
