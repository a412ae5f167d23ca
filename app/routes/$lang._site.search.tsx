// Directory search results (GET ?q=, works without JavaScript).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SearchForm } from "~/components/directory/search-form";
import { ServiceList } from "~/components/directory/service-list";
import { MAX_QUERY_LENGTH, searchServices } from "~/domain/search/search.server";
import { env } from "~/utils/env.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "directory"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageTitle(data?.title),
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const t = getFixedT(lang, "directory");
  const raw = (new URL(request.url).searchParams.get("q") ?? "").trim();
  const tooLong = raw.length > MAX_QUERY_LENGTH;
  const query = raw.slice(0, MAX_QUERY_LENGTH);
  const result = query ? await searchServices(lang, query, { limit: 30 }) : null;
  return {
    title: query ? t("search.resultsFor", { query }) : t("search.title"),
    query,
    tooLong,
    hits:
      result?.hits.map((h) => ({
        slug: h.slug,
        title: { text: h.title, lang: h.titleLanguage },
        summary: { text: h.summary, lang: h.summaryLanguage },
      })) ?? null,
    suggestions: result?.suggestions.lifeSituations ?? [],
    frontDeskPhone: env.FRONT_DESK_PHONE,
  };
}

export default function Search() {
  const { t, i18n } = useTranslation("directory");
  const { query, tooLong, hits, suggestions, frontDeskPhone } = useLoaderData<typeof loader>();
  const lang = i18n.language;
  return (
    <>
      <h1 className="kern-heading-large">
        {query ? t("search.resultsFor", { query }) : t("search.title")}
      </h1>
      {tooLong ? (
        <div className="kern-alert kern-alert--warning" role="alert">
          <div className="kern-alert__body">
            <p className="kern-body">{t("search.tooLong")}</p>
          </div>
        </div>
      ) : null}
      <SearchForm lang={lang} query={query} />
      {hits === null ? null : hits.length > 0 ? (
        <section aria-labelledby="results-heading" className="page-section">
          <h2 id="results-heading" className="kern-heading-medium">
            {t("search.count", { count: hits.length })}
          </h2>
          <ServiceList lang={lang} services={hits} />
        </section>
      ) : (
        <section aria-labelledby="nohits-heading" className="page-section">
          <h2 id="nohits-heading" className="kern-heading-medium">
            {t("search.noHits", { query })}
          </h2>
          <p className="kern-body">{t("search.noHitsHelp")}</p>
          {suggestions.length > 0 ? (
            <>
              <p className="kern-body">{t("search.suggestions")}</p>
              <ul className="link-list">
                {suggestions.map((s) => (
                  <li key={s.slug}>
                    <Link className="kern-link" to={`/${lang}/help/situations/${s.slug}`}>
                      {s.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="kern-body">
            {t("search.callUs")}{" "}
            <a className="kern-link" href={`tel:${frontDeskPhone.replace(/[^\d+]/g, "")}`}>
              <bdi dir="ltr">{frontDeskPhone}</bdi>
            </a>
          </p>
        </section>
      )}
    </>
  );
}
