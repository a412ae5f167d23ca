// The back office. Each child route guards itself as well: a layout's guard
// does not protect its children (loaders run in parallel).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { StaffShell, type StaffNavItem } from "~/components/staff-shell";
import { requireRole, STAFF_ROLES } from "~/utils/auth.server";
import { languageOf } from "~/utils/i18n.server";

export const handle = { i18n: ["common", "staff"], hydrate: true };

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, STAFF_ROLES);
  const { role, name } = session.user;
  const nav: StaffNavItem[] = ["overview"];
  if (role === "FRONT_DESK" || role === "CASEWORKER" || role === "TEAM_LEAD")
    nav.push("appointments");
  if (role === "ADMIN" || role === "TEAM_LEAD") nav.push("scheduling");
  if (role === "ADMIN") nav.push("directory", "accounts", "feedback", "settings");
  return { lang: languageOf(request), user: { name, role }, nav };
}

export default function StaffLayout() {
  const { lang, user, nav } = useLoaderData<typeof loader>();
  return (
    <StaffShell lang={lang} user={user} nav={nav}>
      <Outlet />
    </StaffShell>
  );
}
