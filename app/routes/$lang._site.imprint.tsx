// Impressum (§ 5 DDG, § 18 Abs. 2 MStV) of the Stadt Musterstadt, a fictional city.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { env } from "~/utils/env.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "legal"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  return { title: getFixedT(lang, "legal")("imprint.title"), phone: env.FRONT_DESK_PHONE };
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/** Addresses inside translated text keep their German form and direction. */
const rich = { addr: <bdi dir="ltr" lang="de" /> };

const TEXT_SECTIONS = ["supervision", "responsible", "language", "links", "software"] as const;

export default function Imprint() {
  const { t } = useTranslation("legal");
  const { phone } = useLoaderData<typeof loader>();
  const email = t("contact.email");
  const fax = t("contact.fax");
  return (
    <div>
      <h1 className="kern-heading-large">{t("imprint.title")}</h1>

      <div className="kern-alert kern-alert--info" role="note" aria-labelledby="demo-heading">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--info" aria-hidden="true" />
          <h2 id="demo-heading" className="kern-title">
            {t("imprint.demo.heading")}
          </h2>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">{t("imprint.demo.body")}</p>
        </div>
      </div>

      <section aria-labelledby="provider-heading">
        <h2 id="provider-heading" className="kern-heading-medium">
          {t("imprint.provider.heading")}
        </h2>
        {t("imprint.provider.body", { returnObjects: true }).map((paragraph, i) => (
          <p className="kern-body" key={i}>
            {paragraph}
          </p>
        ))}
        <p className="kern-body">
          <span className="bidi-isolate" dir="ltr" lang="de">
            {t("contact.agency")}
            <br />
            {t("contact.street")}
            <br />
            {t("contact.postalCity")}
          </span>
        </p>
      </section>

      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading" className="kern-heading-medium">
          {t("imprint.contactHeading")}
        </h2>
        <dl className="kern-description-list">
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.labels.phone")}</dt>
            <dd className="kern-description-list-item__value">
              <a className="kern-link" href={telHref(phone)} dir="ltr">
                {phone}
              </a>
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.labels.fax")}</dt>
            <dd className="kern-description-list-item__value">
              <bdi dir="ltr">{fax}</bdi>
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.labels.email")}</dt>
            <dd className="kern-description-list-item__value">
              <a className="kern-link" href={`mailto:${email}`} dir="ltr">
                {email}
              </a>
            </dd>
          </div>
        </dl>
      </section>

      {TEXT_SECTIONS.map((key) => (
        <section aria-labelledby={`${key}-heading`} key={key}>
          <h2 id={`${key}-heading`} className="kern-heading-medium">
            {t(`imprint.${key}.heading`)}
          </h2>
          {t(`imprint.${key}.body`, { returnObjects: true }).map((_, i) => (
            <p className="kern-body" key={i}>
              <Trans t={t} i18nKey={`imprint.${key}.body.${i}` as never} components={rich} />
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
