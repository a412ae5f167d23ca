import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { German } from "~/components/ui/german";
import { SituationGrid } from "~/components/directory/situation-grid";
import { SearchForm } from "~/components/directory/search-form";
import { catalog } from "~/domain/directory/catalog.server";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "directory"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageTitle(undefined),
  { name: "description", content: data?.description ?? "" },
];

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const offices = await prisma.office.findMany({
    where: { organization: { kind: "AGENCY" } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      street: true,
      postalCode: true,
      city: true,
      phone: true,
      openingHours: {
        select: { weekday: true, opensAt: true, closesAt: true },
        orderBy: [{ weekday: "asc" }, { opensAt: "asc" }],
      },
    },
  });
  const directory = await catalog(lang);
  return {
    situations: directory.lifeSituations
      .filter((x) => x.services.length > 0)
      .map((x) => ({ slug: x.slug, title: x.title })),
    description: getFixedT(lang, "common")("home.intro"),
    frontDeskPhone: env.FRONT_DESK_PHONE,
    offices: offices.map((o) => ({
      ...o,
      days: WEEKDAYS.map((d) => ({
        weekday: d,
        slots: o.openingHours.filter((h) => h.weekday === d),
      })).filter((d) => d.slots.length),
    })),
  };
}

export default function Home() {
  const { t, i18n } = useTranslation(["common", "directory"]);
  const { offices, frontDeskPhone, situations } = useLoaderData<typeof loader>();
  const lang = i18n.language;
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-x-large">{t("home.title")}</h1>
        <p className="kern-body kern-body--large">{t("home.intro")}</p>
      </div>
      <SearchForm lang={lang} id="home-search" />
      <section aria-labelledby="situations-heading" className="page-section">
        <h2 id="situations-heading" className="kern-heading-medium">
          {t("directory:home.situationsHeading")}
        </h2>
        <SituationGrid lang={lang} situations={situations} />
        <p className="kern-body">
          <Link className="kern-link" to={`/${lang}/help`}>
            {t("directory:home.allLink")}
          </Link>
          {" · "}
          <Link className="kern-link" to={`/${lang}/help-finder`}>
            {t("directory:overview.finderLink")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="what-heading" className="page-section">
        <h2 id="what-heading" className="kern-heading-medium">
          {t("home.what.heading")}
        </h2>
        <ul className="card-grid">
          {(["information", "consultation", "plan", "partners"] as const).map((k) => (
            <li key={k} className="kern-card">
              <div className="kern-card__container">
                <div className="kern-card__body">
                  <h3 className="kern-heading-small">{t(`home.what.${k}.title`)}</h3>
                  <p className="kern-body">{t(`home.what.${k}.text`)}</p>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="access-heading" className="page-section">
        <h2 id="access-heading" className="kern-heading-medium">
          {t("home.access.heading")}
        </h2>
        <ul className="link-list">
          <li>
            <Link className="kern-link" to={`/${lang}/easy-language`}>
              {t("home.access.easyLanguage")}
            </Link>
          </li>
          <li>
            <Link className="kern-link" to={`/${lang}/sign-language`}>
              {t("home.access.signLanguage")}
            </Link>
          </li>
          <li>
            <Link className="kern-link" to={`/${lang}/accessibility`}>
              {t("home.access.barriers")}
            </Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="account-heading" className="page-section">
        <h2 id="account-heading" className="kern-heading-medium">
          {t("home.account.heading")}
        </h2>
        <p className="kern-body">{t("home.account.text")}</p>
        <div className="kern-btn-wrapper">
          <Link className="kern-btn kern-btn--primary" to={`/${lang}/register`}>
            <span className="kern-label">{t("nav.register")}</span>
          </Link>
          <Link className="kern-btn kern-btn--secondary" to={`/${lang}/login`}>
            <span className="kern-label">{t("nav.login")}</span>
          </Link>
        </div>
      </section>
      <section aria-labelledby="contact-heading" className="page-section">
        <h2 id="contact-heading" className="kern-heading-medium">
          {t("home.contact.heading")}
        </h2>
        <p className="kern-body">
          {t("home.contact.phone")}{" "}
          <a className="kern-link" href={`tel:${frontDeskPhone.replace(/[^\d+]/g, "")}`}>
            <bdi dir="ltr">{frontDeskPhone}</bdi>
          </a>
        </p>
        <div className="card-grid">
          {offices.map((office) => (
            <div key={office.id} className="kern-card">
              <div className="kern-card__container">
                <div className="kern-card__body">
                  <h3 className="kern-heading-small">
                    <German>{office.name}</German>
                  </h3>
                  <p className="kern-body">
                    <German>
                      {office.street}
                      <br />
                      {office.postalCode} {office.city}
                    </German>
                  </p>
                  {office.phone ? (
                    <p className="kern-body">
                      <a className="kern-link" href={`tel:${office.phone.replace(/[^\d+]/g, "")}`}>
                        <bdi dir="ltr">{office.phone}</bdi>
                      </a>
                    </p>
                  ) : null}
                  <h4 className="kern-heading-small">{t("home.contact.hours")}</h4>
                  <dl className="opening-hours">
                    {office.days.map((d) => (
                      <div key={d.weekday}>
                        <dt>{t(`weekdays.${d.weekday}` as never)}</dt>
                        <dd>
                          {d.slots.map((s, i) => (
                            <bdi key={i} dir="ltr">
                              {i > 0 ? ", " : ""}
                              {s.opensAt}–{s.closesAt}
                            </bdi>
                          ))}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </div>
              </div>
            </div>
          ))}
        </div>
      </section>
    </>
  );
}
