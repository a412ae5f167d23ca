// GET /api/hsds — HSDS 3.0 API information (docs/hsds.md).
import type { LoaderFunctionArgs } from "@remix-run/node";
import * as hsds from "~/domain/hsds/api.server";

export function loader({ request }: LoaderFunctionArgs) {
  return hsds.root(request);
}
