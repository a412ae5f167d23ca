import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { ErrorPage } from "~/components/error-page";
import { directionOf, isLanguage, languages, defaultLanguage, switchLanguagePath } from "~/i18n";
import { stylesheets } from "~/utils/styles";
import { useNonce } from "~/utils/nonce";
import { pageTitle } from "~/utils/meta";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { env } from "~/utils/env.server";

export const handle = { i18n: ["common"] };

export const links: LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

const ERROR_STATUSES = ["400", "403", "404", "405", "429", "500", "503"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const t = getFixedT(lang);
  // Titles for error pages: meta functions cannot translate, so they come along.
  const errorTitles = Object.fromEntries(ERROR_STATUSES.map((s) => [s, t(`errors.${s}.title`)]));
  return { lang, origin: env.publicUrl.origin, demoMode: env.DEMO_MODE, errorTitles };
}

/** The title when a page has none of its own (error pages). */
export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  const status = isRouteErrorResponse(error) ? String(error.status) : "500";
  const title = error ? (data?.errorTitles[status] ?? data?.errorTitles["500"]) : undefined;
  return pageTitle(title);
};

export type RootData = Awaited<ReturnType<typeof loader>>;

export type AppHandle = { i18n?: string | string[]; hydrate?: boolean };

/** Only routes that opt in load React in the browser; the rest is plain HTML. */
function useHydrate(): boolean {
  return useMatches().some((m) => (m.handle as AppHandle | undefined)?.hydrate === true);
}

function usePageLanguage(): string {
  const data = useRouteLoaderData<RootData>("root");
  const { pathname } = useLocation();
  const first = pathname.split("/")[1];
  return data?.lang ?? (isLanguage(first) ? first : defaultLanguage);
}

export function Layout({ children }: { children: React.ReactNode }) {
  const lang = usePageLanguage();
  const data = useRouteLoaderData<RootData>("root");
  const { pathname } = useLocation();
  const nonce = useNonce();
  const hydrate = useHydrate();
  const dir = directionOf(lang);
  const origin = data?.origin ?? "";
  const { i18n } = useTranslation();
  useChangeLanguage(lang);
  if (i18n.language !== lang) void i18n.changeLanguage(lang);

  return (
    <html lang={lang} dir={dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <Meta />
        <link rel="stylesheet" href={dir === "rtl" ? stylesheets.rtl : stylesheets.ltr} />
        {languages.map((l) => (
          <link
            key={l}
            rel="alternate"
            hrefLang={l}
            href={origin + switchLanguagePath(pathname, l)}
          />
        ))}
        <link rel="alternate" hrefLang="x-default" href={origin + "/"} />
        <Links />
      </head>
      <body>
        {children}
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  return <ErrorPage status={status} />;
}
