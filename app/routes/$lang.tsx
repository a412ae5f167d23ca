// Every page lives under its language (`/de/...`, `/ar/...`).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { isLanguage } from "~/i18n";
import { getSession } from "~/utils/session.server";
import type { ShellUser } from "~/utils/shell-user";

export async function loader({ params, request }: LoaderFunctionArgs) {
  if (!isLanguage(params.lang)) throw new Response("Not found", { status: 404 });
  const session = await getSession(request);
  const user: ShellUser | null = session
    ? { name: session.user.name, role: session.user.role }
    : null;
  return { user };
}

export default function LanguageLayout() {
  return <Outlet />;
}
