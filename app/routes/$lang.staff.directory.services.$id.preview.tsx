// How citizens will read a service in one language, drafts included, under a
// clear "preview" banner. Where a text is not translated, the German text
// stands in and is marked, as on the citizen page. The citizen page has its
// own components; this is a plain but faithful rendering of the same texts.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { German } from "~/components/ui/german";
import { servicePreview, type Localized } from "~/domain/directory-admin/services.server";
import { LanguageName, LongText } from "~/domain/directory-admin/ui";
import { defaultLanguage, directionOf, isLanguage, languages, type Language } from "~/i18n";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { getFixedT, languageOf, resourcesOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff", "admin"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const SECTIONS = ["description", "eligibility", "benefits", "howToApply", "costs"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const requested = new URL(request.url).searchParams.get("locale") ?? defaultLanguage;
  if (!isLanguage(requested)) throw new Response("Not found", { status: 404 });
  const locale: Language = requested;
  const preview = await asHttp(() => servicePreview(actorOf(session), params.id ?? "", locale));
  if (!preview) throw new Response("Not found", { status: 404 });
  const lang = languageOf(request);
  // Headings in the preview language when the back office has them translated;
  // otherwise German, and marked as German.
  const bundle = resourcesOf(locale, "admin") as { preview?: { citizen?: unknown } };
  const headingLang: Language = bundle.preview?.citizen ? locale : defaultLanguage;
  const th = getFixedT(headingLang, "admin");
  return {
    lang,
    locale,
    title: getFixedT(lang, "admin")("preview.title", { title: preview.title.text }),
    preview,
    headingLang,
    headings: {
      description: th("preview.citizen.description"),
      eligibility: th("preview.citizen.eligibility"),
      benefits: th("preview.citizen.benefits"),
      howToApply: th("preview.citizen.howToApply"),
      costs: th("preview.citizen.costs"),
      documents: th("preview.citizen.documents"),
      contact: th("preview.citizen.contact"),
      locations: th("preview.citizen.locations"),
      legalBasis: th("preview.citizen.legalBasis"),
      germanOnly: th("preview.citizen.germanOnly"),
      emergency: th("preview.citizen.emergency"),
      applyNow: th("preview.citizen.applyNow"),
    },
  };
}

export default function ServicePreview() {
  const { t } = useTranslation("admin");
  const { lang, locale, preview, headings, headingLang } = useLoaderData<typeof loader>();
  const base = `/${lang}/staff/directory/services/${preview.id}`;
  const dir = directionOf(locale);
  const headingProps = headingLang === locale ? {} : { lang: headingLang, dir: "ltr" as const };

  /** A text in its own language; a German stand-in is marked (lang="de" and a note). */
  const text = (value: Localized, long = false) => {
    const fallback = value.lang !== locale;
    return (
      <>
        {fallback && long ? (
          <p className="kern-badge kern-badge--info" {...headingProps}>
            <span className="kern-label">{headings.germanOnly}</span>
          </p>
        ) : null}
        {fallback && !long ? (
          <>
            <span className="kern-badge kern-badge--info" {...headingProps}>
              <span className="kern-label">{headings.germanOnly}</span>
            </span>{" "}
          </>
        ) : null}
        {long ? (
          <LongText text={value.text} lang={value.lang} />
        ) : (
          <span lang={value.lang} dir={directionOf(value.lang)}>
            {value.text}
          </span>
        )}
      </>
    );
  };

  return (
    <>
      <div className="kern-alert kern-alert--warning" role="note" aria-labelledby="preview-banner">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--warning" aria-hidden="true" />
          <p className="kern-title" id="preview-banner">
            {t("preview.banner")}
          </p>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">
            {t("preview.bannerText")} <LanguageName lang={locale} />.{" "}
            {preview.status === "PUBLISHED" ? t("preview.isPublished") : t("preview.isDraft")}
          </p>
          <p className="kern-body">
            <Link className="kern-link" to={`${base}/texts/${locale}`}>
              {t("preview.editTexts")}
            </Link>
            {" · "}
            <Link className="kern-link" to={base}>
              {t("texts.backToService")}
            </Link>
          </p>
          <nav aria-label={t("preview.otherLanguages")}>
            <ul className="link-list">
              {languages
                .filter((l) => l !== locale)
                .map((l) => (
                  <li key={l}>
                    <Link className="kern-link" to={`${base}/preview?locale=${l}`}>
                      {t("preview.previewIn")} <LanguageName lang={l} />
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
        </div>
      </div>

      <article lang={locale} dir={dir} className="page-section">
        <h1 className="kern-heading-large">{text(preview.title)}</h1>
        <p className="kern-body kern-body--large">{text(preview.summary)}</p>

        {preview.emergency ? (
          <div className="kern-alert kern-alert--danger" {...headingProps}>
            <div className="kern-alert__body">
              <p className="kern-body">{headings.emergency}</p>
            </div>
          </div>
        ) : null}
        {preview.appliesFromApplicationMonth ? (
          <div className="kern-alert kern-alert--warning" {...headingProps}>
            <div className="kern-alert__body">
              <p className="kern-body">{headings.applyNow}</p>
            </div>
          </div>
        ) : null}

        {SECTIONS.map((s) =>
          preview[s].text ? (
            <section key={s} aria-labelledby={`preview-${s}`} className="page-section">
              <h2 className="kern-heading-medium" id={`preview-${s}`} {...headingProps}>
                {headings[s]}
              </h2>
              {text(preview[s], true)}
            </section>
          ) : null,
        )}

        {preview.documents.length > 0 ? (
          <section aria-labelledby="preview-documents" className="page-section">
            <h2 className="kern-heading-medium" id="preview-documents" {...headingProps}>
              {headings.documents}
            </h2>
            <ul className="kern-list">
              {preview.documents.map((d, i) => (
                <li className="kern-body" key={i}>
                  {text(d.title)}
                  {d.note.text ? <> – {text(d.note)}</> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="preview-contact" className="page-section">
          <h2 className="kern-heading-medium" id="preview-contact" {...headingProps}>
            {headings.contact}
          </h2>
          <p className="kern-body">
            <German>{preview.organization.name}</German>
          </p>
          <ul className="link-list">
            {preview.channels.map((c, i) => (
              <li className="kern-body" key={i}>
                {c.label ? (
                  <>
                    <German>{c.label}</German>:{" "}
                  </>
                ) : null}
                <bdi>{c.value}</bdi>
              </li>
            ))}
            {preview.url ? (
              <li className="kern-body">
                <bdi>{preview.url}</bdi>
              </li>
            ) : null}
          </ul>
        </section>

        {preview.locations.length > 0 ? (
          <section aria-labelledby="preview-locations" className="page-section">
            <h2 className="kern-heading-medium" id="preview-locations" {...headingProps}>
              {headings.locations}
            </h2>
            <ul className="link-list">
              {preview.locations.map((l, i) => (
                <li className="kern-body" key={i}>
                  <German>
                    {l.name}, {l.street}, {l.postalCode} {l.city}
                  </German>{" "}
                  (
                  {l.languages.map((code, j) => (
                    <span key={code}>
                      {j > 0 ? ", " : null}
                      <LanguageNameOrCode code={code} />
                    </span>
                  ))}
                  )
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <p className="kern-body">
          <span {...headingProps}>{headings.legalBasis}:</span>{" "}
          <German>{preview.legalBasis}</German>
        </p>
      </article>
    </>
  );
}

function LanguageNameOrCode({ code }: { code: string }) {
  return isLanguage(code) ? <LanguageName lang={code} /> : <bdi>{code}</bdi>;
}
