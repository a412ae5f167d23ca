import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Loc } from "~/components/directory/localized";
import { SearchForm } from "~/components/directory/search-form";
import { ServiceList } from "~/components/directory/service-list";
import { SituationGrid } from "~/components/directory/situation-grid";
import { catalog } from "~/domain/directory/catalog.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "directory"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageTitle(data?.title),
  { name: "description", content: data?.description ?? "" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const t = getFixedT(lang, "directory");
  const c = await catalog(lang);
  const card = (slug: string) => {
    const s = c.services.get(slug)!;
    return { slug, title: s.title, summary: s.summary, emergency: s.emergency };
  };
  const term = (x: (typeof c.lifeSituations)[number]) => ({
    slug: x.slug,
    title: x.title,
    description: x.description,
    count: x.services.length,
  });
  return {
    title: t("overview.title"),
    description: t("overview.intro"),
    situations: c.lifeSituations.filter((x) => x.services.length > 0).map(term),
    categories: c.categories.filter((x) => x.services.length > 0).map(term),
    emergency: c.ordered.filter((s) => s.emergency).map((s) => card(s.slug)),
    all: c.ordered.filter((s) => !s.emergency).map((s) => card(s.slug)),
  };
}

export default function HelpOverview() {
  const { t, i18n } = useTranslation("directory");
  const { situations, categories, emergency, all } = useLoaderData<typeof loader>();
  const lang = i18n.language;
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t("overview.title")}</h1>
        <p className="kern-body">{t("overview.intro")}</p>
      </div>
      {emergency.length > 0 ? (
        <section
          className="kern-alert kern-alert--warning emergency-box"
          aria-labelledby="emergency-heading"
        >
          <div className="kern-alert__header">
            <h2 className="kern-title" id="emergency-heading">
              {t("emergency.heading")}
            </h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t("emergency.text")}</p>
            <ul className="link-list">
              {emergency.map((s) => (
                <li key={s.slug}>
                  <Link className="kern-link" to={`/${lang}/services/${s.slug}`}>
                    <Loc value={s.title} />
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}
      <SearchForm lang={lang} />
      <section aria-labelledby="finder-heading" className="page-section finder-teaser">
        <h2 id="finder-heading" className="kern-heading-medium">
          {t("overview.finderHeading")}
        </h2>
        <p className="kern-body">{t("overview.finderText")}</p>
        <Link className="kern-btn kern-btn--secondary" to={`/${lang}/help-finder`}>
          <span className="kern-label">{t("overview.finderLink")}</span>
        </Link>
      </section>
      <section aria-labelledby="situations-heading" className="page-section">
        <h2 id="situations-heading" className="kern-heading-medium">
          {t("overview.situationsHeading")}
        </h2>
        <SituationGrid lang={lang} situations={situations} />
      </section>
      <section aria-labelledby="categories-heading" className="page-section">
        <h2 id="categories-heading" className="kern-heading-medium">
          {t("overview.categoriesHeading")}
        </h2>
        <ul className="link-list link-list--columns">
          {categories.map((x) => (
            <li key={x.slug}>
              <Link className="kern-link" to={`/${lang}/help/categories/${x.slug}`}>
                <Loc value={x.title} />
              </Link>{" "}
              <span className="term-count">({t("overview.serviceCount", { count: x.count })})</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="all-heading" className="page-section">
        <h2 id="all-heading" className="kern-heading-medium">
          {t("overview.allHeading")}
        </h2>
        <ServiceList lang={lang} services={all} />
      </section>
    </>
  );
}
