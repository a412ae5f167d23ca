import { isRouteErrorResponse, Outlet, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { ErrorContent } from "~/components/error-page";
import { SiteShell } from "~/components/site-shell";
import type { RootData } from "~/root";
import type { loader as langLoader } from "~/routes/$lang";
import { defaultLanguage } from "~/i18n";

function Shell({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<RootData>("root");
  const data = useRouteLoaderData<typeof langLoader>("routes/$lang");
  return (
    <SiteShell
      lang={root?.lang ?? defaultLanguage}
      user={data?.user ?? null}
      demoMode={root?.demoMode ?? false}
    >
      {children}
    </SiteShell>
  );
}

export default function CitizenLayout() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

/** Errors of citizen pages keep the page frame, so the way back is where it always is. */
export function ErrorBoundary() {
  const error = useRouteError();
  const root = useRouteLoaderData<RootData>("root");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <Shell>
      <ErrorContent status={status} lang={root?.lang ?? defaultLanguage} />
    </Shell>
  );
}
