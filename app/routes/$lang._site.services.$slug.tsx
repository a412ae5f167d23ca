import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Loc, RichText } from "~/components/directory/localized";
import { OpeningHoursList } from "~/components/directory/opening-hours";
import { Fact } from "~/components/ui/fact";
import { German } from "~/components/ui/german";
import { catalog, type Localized } from "~/domain/directory/catalog.server";
import { governmentServiceJsonLd, jsonForScript } from "~/domain/directory/json-ld";
import { env } from "~/utils/env.server";
import { languageOf } from "~/utils/i18n.server";
import { mapLink } from "~/utils/map-link";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "directory"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageTitle(data?.service.title.text),
  { name: "description", content: data?.service.summary.text ?? "" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const c = await catalog(lang);
  const service = c.services.get(params.slug ?? "");
  if (!service) throw new Response("Not found", { status: 404 });
  const titleOf = (slug: string) => c.services.get(slug)?.title;
  const termTitle = (list: typeof c.categories, slug: string) =>
    list.find((x) => x.slug === slug)?.title;
  const pageUrl = new URL(`/${lang}/services/${service.slug}`, env.publicUrl).toString();
  const texts: Localized[] = [
    service.title,
    service.summary,
    service.description,
    service.eligibility,
    service.benefits,
    service.howToApply,
    service.costs,
  ];
  return {
    service,
    germanFallback: texts.some((x) => x.text && x.lang !== lang),
    excludes: service.excludes.flatMap((slug) => {
      const title = titleOf(slug);
      return title ? [{ slug, title }] : [];
    }),
    categories: service.categories.flatMap((slug) => {
      const title = termTitle(c.categories, slug);
      return title ? [{ slug, title }] : [];
    }),
    jsonLd: jsonForScript(governmentServiceJsonLd(service, pageUrl, lang)),
    frontDeskPhone: env.FRONT_DESK_PHONE,
  };
}

function tel(phone: string) {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

function ChannelLink({ kind, value }: { kind: string; value: string }) {
  if (kind === "PHONE")
    return (
      <a className="kern-link" href={tel(value)}>
        <bdi dir="ltr">{value}</bdi>
      </a>
    );
  if (kind === "EMAIL")
    return (
      <a className="kern-link" href={`mailto:${value}`}>
        <bdi dir="ltr">{value}</bdi>
      </a>
    );
  if (kind === "WEB" || kind === "VIDEO")
    return (
      <a className="kern-link" href={value} rel="noopener noreferrer">
        <bdi dir="ltr">{value.replace(/^https?:\/\//, "")}</bdi>
      </a>
    );
  return <German>{value}</German>;
}

export default function ServicePage() {
  const { t, i18n } = useTranslation("directory");
  const { service, germanFallback, excludes, categories, jsonLd, frontDeskPhone } =
    useLoaderData<typeof loader>();
  const lang = i18n.language;
  const walkIn = service.locations.filter((l) => l.office.hours.some((h) => h.walkInOnly));
  const applyChannels = service.channels.filter((c) =>
    ["WEB", "PHONE", "EMAIL", "IN_PERSON"].includes(c.kind),
  );
  const section = (id: string, heading: string, value: Localized) =>
    value.text ? (
      <section aria-labelledby={id} className="page-section">
        <h2 id={id} className="kern-heading-medium">
          {heading}
        </h2>
        <RichText value={value} />
      </section>
    ) : null;

  return (
    <article className="service-page">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <nav aria-label={t("service.breadcrumb")} className="breadcrumb">
        <Link className="kern-link" to={`/${lang}/help`}>
          {t("service.breadcrumb")}
        </Link>
      </nav>
      <div className="page-header">
        <h1 className="kern-heading-large">
          <Loc value={service.title} />
        </h1>
        <p className="kern-body kern-body--large">
          <Loc value={service.summary} />
        </p>
        {service.easyLanguage ? (
          <p className="kern-body">
            <Link className="kern-link" to={`/${lang}/services/${service.slug}/easy-language`}>
              <span className="kern-icon kern-icon--easy-language" aria-hidden="true" />
              {t("service.easyLanguage")}
            </Link>
          </p>
        ) : null}
      </div>

      {germanFallback ? (
        <div className="kern-alert kern-alert--info" role="note">
          <div className="kern-alert__body">
            <p className="kern-body">{t("service.germanNotice")}</p>
          </div>
        </div>
      ) : null}

      {service.emergency ? (
        <section
          className="kern-alert kern-alert--danger emergency-box"
          aria-labelledby="emergency-heading"
        >
          <div className="kern-alert__header">
            <h2 className="kern-title" id="emergency-heading">
              {t("service.emergencyHeading")}
            </h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t("service.emergencyText")}</p>
            <ul className="link-list">
              {service.channels
                .filter((c) => c.kind === "PHONE")
                .map((c) => (
                  <li key={c.value}>
                    {c.label ? <German>{c.label}</German> : t("service.channels.PHONE")}:{" "}
                    <ChannelLink kind={c.kind} value={c.value} />
                  </li>
                ))}
            </ul>
            {walkIn.map((l) => (
              <div key={l.office.id}>
                <h3 className="kern-heading-small">
                  {t("service.walkIn")}: <German>{l.office.name}</German>
                </h3>
                <p className="kern-body">
                  <German>
                    {l.office.street}, {l.office.postalCode} {l.office.city}
                  </German>
                </p>
                <OpeningHoursList hours={l.office.hours.filter((h) => h.walkInOnly)} />
              </div>
            ))}
          </div>
        </section>
      ) : null}

      {service.appliesFromApplicationMonth ? (
        <section className="kern-alert kern-alert--warning" aria-labelledby="apply-now-heading">
          <div className="kern-alert__header">
            <h2 className="kern-title" id="apply-now-heading">
              {t("service.applyNowHeading")}
            </h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t("service.applyNowText")}</p>
            <ul className="link-list">
              {applyChannels.map((c) => (
                <li key={c.kind + c.value}>
                  {t(`service.channels.${c.kind}` as never)}
                  {c.label ? (
                    <>
                      {" "}
                      (<German>{c.label}</German>)
                    </>
                  ) : null}
                  : <ChannelLink kind={c.kind} value={c.value} />
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}

      {section("description-heading", t("service.description"), service.description)}
      {section("eligibility-heading", t("service.eligibility"), service.eligibility)}
      {section("benefits-heading", t("service.benefits"), service.benefits)}
      {section("apply-heading", t("service.howToApply"), service.howToApply)}

      {service.documents.length > 0 ? (
        <section aria-labelledby="documents-heading" className="page-section checklist-section">
          <h2 id="documents-heading" className="kern-heading-medium">
            {t("service.documents")}
          </h2>
          <p className="kern-body">{t("service.documentsIntro")}</p>
          <ul className="doc-checklist">
            {service.documents.map((d, i) => (
              <li key={i}>
                <div className="kern-form-check">
                  <input className="kern-form-check__checkbox" type="checkbox" id={`doc-${i}`} />
                  <label className="kern-label" htmlFor={`doc-${i}`}>
                    <Loc value={d.title} />
                    {d.note.text ? (
                      <span className="doc-checklist__hint">
                        <Loc value={d.note} />
                      </span>
                    ) : null}
                  </label>
                </div>
              </li>
            ))}
          </ul>
          <ul className="link-list">
            <li>
              <Link className="kern-link" to={`/${lang}/services/${service.slug}/checklist`}>
                {t("service.checklistPrint")}
              </Link>
            </li>
            <li>
              <a
                className="kern-link"
                href={`/${lang}/services/${service.slug}/checklist.txt`}
                download
              >
                {t("service.checklistDownload")}
              </a>
            </li>
          </ul>
        </section>
      ) : null}

      {section("costs-heading", t("service.costs"), service.costs)}

      <section aria-labelledby="book-heading" className="page-section book-box">
        <h2 id="book-heading" className="kern-heading-medium">
          {t("service.bookHeading")}
        </h2>
        <p className="kern-body">{t("service.bookText")}</p>
        <p className="kern-body">
          <a
            className="kern-btn kern-btn--primary"
            href={`/${lang}/book/${service.bookingTopicKey}?service=${service.slug}`}
          >
            <span className="kern-label">{t("service.bookLink")}</span>
          </a>
        </p>
        <p className="kern-body">
          {t("service.bookPhone")}{" "}
          <a className="kern-link" href={tel(frontDeskPhone)}>
            <bdi dir="ltr">{frontDeskPhone}</bdi>
          </a>
        </p>
      </section>

      {service.locations.length > 0 ? (
        <section aria-labelledby="locations-heading" className="page-section">
          <h2 id="locations-heading" className="kern-heading-medium">
            {t("service.locations")}
          </h2>
          <div className="card-grid">
            {service.locations.map((l) => (
              <div key={l.office.id} className="kern-card">
                <div className="kern-card__container">
                  <div className="kern-card__body">
                    <h3 className="kern-heading-small">
                      <German>{l.office.name}</German>
                    </h3>
                    <p className="kern-body">
                      <German>
                        {l.office.street}
                        <br />
                        {l.office.postalCode} {l.office.city}
                      </German>
                    </p>
                    {l.office.lat !== null && l.office.lng !== null ? (
                      <p className="kern-body">
                        <a className="kern-link" rel="noopener noreferrer" href={mapLink(l.office)}>
                          {t("service.map")}
                        </a>
                      </p>
                    ) : null}
                    <dl className="kern-description-list">
                      {l.office.phone ? (
                        <Fact term={t("service.channels.PHONE")}>
                          <ChannelLink kind="PHONE" value={l.office.phone} />
                        </Fact>
                      ) : null}
                      {l.office.email ? (
                        <Fact term={t("service.channels.EMAIL")}>
                          <ChannelLink kind="EMAIL" value={l.office.email} />
                        </Fact>
                      ) : null}
                      <Fact term={t("service.languages")}>
                        {l.languages
                          .map((code) =>
                            t(`common:languageNames.${code}` as never, { defaultValue: code }),
                          )
                          .join(", ")}
                      </Fact>
                      {l.office.accessibility ? (
                        <Fact term={t("service.accessibility")}>
                          <German>{l.office.accessibility}</German>
                        </Fact>
                      ) : null}
                      {l.office.transportation ? (
                        <Fact term={t("service.transportation")}>
                          <German>{l.office.transportation}</German>
                        </Fact>
                      ) : null}
                    </dl>
                    {l.office.hours.length > 0 ? (
                      <>
                        <h4 className="kern-heading-small">{t("service.hours")}</h4>
                        <OpeningHoursList
                          hours={l.office.hours}
                          walkInLabel={t("service.walkIn")}
                        />
                      </>
                    ) : null}
                  </div>
                </div>
              </div>
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="facts-heading" className="page-section">
        <h2 id="facts-heading" className="kern-heading-medium">
          {t("service.contact")}
        </h2>
        <dl className="kern-description-list">
          <Fact term={t("service.responsible")}>
            <German>{service.organization.name}</German>
          </Fact>
          {service.channels.map((c) => (
            <Fact
              key={c.kind + c.value}
              term={
                <>
                  {t(`service.channels.${c.kind}` as never)}
                  {c.label ? (
                    <>
                      {" "}
                      (<German>{c.label}</German>)
                    </>
                  ) : null}
                </>
              }
            >
              <ChannelLink kind={c.kind} value={c.value} />
            </Fact>
          ))}
          <Fact term={t("service.legalBasis")}>
            <German>{service.legalBasis}</German>
          </Fact>
          {service.url ? (
            <Fact term={t("service.website")}>
              <ChannelLink kind="WEB" value={service.url} />
            </Fact>
          ) : null}
        </dl>
      </section>

      {excludes.length > 0 ? (
        <section aria-labelledby="excludes-heading" className="page-section">
          <h2 id="excludes-heading" className="kern-heading-medium">
            {t("service.excludes")}
          </h2>
          <p className="kern-body">{t("service.excludesText")}</p>
          <ul className="link-list">
            {excludes.map((x) => (
              <li key={x.slug}>
                <Link className="kern-link" to={`/${lang}/services/${x.slug}`}>
                  <Loc value={x.title} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {categories.length > 0 ? (
        <section aria-labelledby="categories-heading" className="page-section">
          <h2 id="categories-heading" className="kern-heading-medium">
            {t("service.categories")}
          </h2>
          <ul className="link-list">
            {categories.map((x) => (
              <li key={x.slug}>
                <Link className="kern-link" to={`/${lang}/help/categories/${x.slug}`}>
                  <Loc value={x.title} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
