import { Outlet, useRouteLoaderData } from "@remix-run/react";
import { SiteShell } from "~/components/site-shell";
import type { RootData } from "~/root";
import type { loader as langLoader } from "~/routes/$lang";
import { defaultLanguage } from "~/i18n";

export default function CitizenLayout() {
  const root = useRouteLoaderData<RootData>("root");
  const data = useRouteLoaderData<typeof langLoader>("routes/$lang");
  return (
    <SiteShell
      lang={root?.lang ?? defaultLanguage}
      user={data?.user ?? null}
      demoMode={root?.demoMode ?? false}
    >
      <Outlet />
    </SiteShell>
  );
}
