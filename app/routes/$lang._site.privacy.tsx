// Datenschutzerklärung (Art. 13 and 14 GDPR, §§ 67 ff. SGB X) of the portal.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { ReactElement } from "react";
import { Trans, useTranslation } from "react-i18next";
import { env } from "~/utils/env.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "legal"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const UPDATED_ON = "2026-11-22";

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  return { title: getFixedT(lang, "legal")("privacy.title"), phone: env.FRONT_DESK_PHONE };
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

const rich: Record<string, ReactElement> = {
  strong: <strong />,
  date: <time dateTime={UPDATED_ON} />,
};

function Paragraphs({ paragraphs, base }: { paragraphs: readonly string[]; base: string }) {
  const { t } = useTranslation("legal");
  return (
    <>
      {paragraphs.map((_, i) => (
        <p className="kern-body" key={i}>
          <Trans t={t} i18nKey={`${base}.${i}` as never} components={rich} />
        </p>
      ))}
    </>
  );
}

function Items({ items, base }: { items: readonly string[]; base: string }) {
  const { t } = useTranslation("legal");
  return (
    <ul>
      {items.map((_, i) => (
        <li key={i}>
          <Trans t={t} i18nKey={`${base}.${i}` as never} components={rich} />
        </li>
      ))}
    </ul>
  );
}

/** A postal address and contact lines; German data, isolated from the page direction. */
function ContactList({
  rows,
}: {
  rows: { label: string; value: string; href?: string; address?: boolean }[];
}) {
  return (
    <dl className="kern-description-list">
      {rows.map((row) => (
        <div className="kern-description-list-item" key={row.label}>
          <dt className="kern-description-list-item__key">{row.label}</dt>
          <dd className="kern-description-list-item__value">
            {row.href ? (
              <a className="kern-link" href={row.href} dir="ltr">
                {row.value}
              </a>
            ) : (
              <span className="bidi-isolate" dir="ltr" lang={row.address ? "de" : undefined}>
                {row.value.split("\n").map((line, i) => (
                  <span key={i}>
                    {i > 0 ? <br /> : null}
                    {line}
                  </span>
                ))}
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const PURPOSES = [
  "visit",
  "information",
  "account",
  "appointments",
  "caseManagement",
  "healthData",
  "referrals",
  "feedback",
] as const;

const SIMPLE_SECTIONS = [
  "obligation",
  "thirdCountries",
  "cookies",
  "emails",
  "logging",
  "automated",
] as const;

export default function Privacy() {
  const { t } = useTranslation("legal");
  const { phone } = useLoaderData<typeof loader>();
  const agencyEmail = t("contact.email");
  const dpoEmail = t("contact.dpoEmail");
  const dpoPhone = t("contact.dpoPhone");
  const ldiEmail = t("privacy.complaint.email");
  const ldiWeb = t("privacy.complaint.web");

  return (
    <div>
      <h1 className="kern-heading-large">{t("privacy.title")}</h1>
      <p className="kern-body kern-body--small">
        <Trans t={t} i18nKey="lastUpdated" components={rich} />
      </p>
      <p className="kern-body kern-body--large">{t("privacy.lead")}</p>

      <section aria-labelledby="controller-heading">
        <h2 id="controller-heading" className="kern-heading-medium">
          {t("privacy.controller.heading")}
        </h2>
        <Paragraphs
          paragraphs={t("privacy.controller.body", { returnObjects: true })}
          base="privacy.controller.body"
        />
        <ContactList
          rows={[
            {
              label: t("contact.labels.address"),
              value: [t("contact.agency"), t("contact.street"), t("contact.postalCity")].join("\n"),
              address: true,
            },
            { label: t("contact.labels.phone"), value: phone, href: telHref(phone) },
            { label: t("contact.labels.email"), value: agencyEmail, href: `mailto:${agencyEmail}` },
          ]}
        />
      </section>

      <section aria-labelledby="dpo-heading">
        <h2 id="dpo-heading" className="kern-heading-medium">
          {t("privacy.dpo.heading")}
        </h2>
        <Paragraphs
          paragraphs={t("privacy.dpo.body", { returnObjects: true })}
          base="privacy.dpo.body"
        />
        <ContactList
          rows={[
            {
              label: t("contact.labels.address"),
              value: [t("contact.dpo"), t("contact.street"), t("contact.postalCity")].join("\n"),
              address: true,
            },
            { label: t("contact.labels.phone"), value: dpoPhone, href: telHref(dpoPhone) },
            { label: t("contact.labels.email"), value: dpoEmail, href: `mailto:${dpoEmail}` },
          ]}
        />
      </section>

      <section aria-labelledby="purposes-heading">
        <h2 id="purposes-heading" className="kern-heading-medium">
          {t("privacy.purposes.heading")}
        </h2>
        <p className="kern-body">{t("privacy.purposes.intro")}</p>
        {PURPOSES.map((key) => (
          <div key={key}>
            <h3 className="kern-heading-small">{t(`privacy.purposes.${key}.title`)}</h3>
            <p className="kern-body">{t(`privacy.purposes.${key}.body`)}</p>
            <p className="kern-body">
              <strong>{t("privacy.purposes.legalBasisLabel")}</strong>{" "}
              {t(`privacy.purposes.${key}.legalBasis`)}
            </p>
          </div>
        ))}
      </section>

      <section aria-labelledby="recipients-heading">
        <h2 id="recipients-heading" className="kern-heading-medium">
          {t("privacy.recipients.heading")}
        </h2>
        <Items
          items={t("privacy.recipients.list", { returnObjects: true })}
          base="privacy.recipients.list"
        />
      </section>

      {SIMPLE_SECTIONS.map((key) => (
        <section aria-labelledby={`${key}-heading`} key={key}>
          <h2 id={`${key}-heading`} className="kern-heading-medium">
            {t(`privacy.${key}.heading`)}
          </h2>
          <Paragraphs
            paragraphs={t(`privacy.${key}.body`, { returnObjects: true })}
            base={`privacy.${key}.body`}
          />
        </section>
      ))}

      <section aria-labelledby="retention-heading">
        <h2 id="retention-heading" className="kern-heading-medium">
          {t("privacy.retention.heading")}
        </h2>
        <p className="kern-body">{t("privacy.retention.intro")}</p>
        <Items
          items={t("privacy.retention.list", { returnObjects: true })}
          base="privacy.retention.list"
        />
      </section>

      <section aria-labelledby="rights-heading">
        <h2 id="rights-heading" className="kern-heading-medium">
          {t("privacy.rights.heading")}
        </h2>
        <p className="kern-body">{t("privacy.rights.intro")}</p>
        <Items
          items={t("privacy.rights.list", { returnObjects: true })}
          base="privacy.rights.list"
        />
        <p className="kern-body">{t("privacy.rights.portability")}</p>
      </section>

      <section aria-labelledby="complaint-heading">
        <h2 id="complaint-heading" className="kern-heading-medium">
          {t("privacy.complaint.heading")}
        </h2>
        <Paragraphs
          paragraphs={t("privacy.complaint.body", { returnObjects: true })}
          base="privacy.complaint.body"
        />
        <ContactList
          rows={[
            {
              label: t("contact.labels.address"),
              value: [
                t("privacy.complaint.authority"),
                t("privacy.complaint.street"),
                t("privacy.complaint.postalCity"),
              ].join("\n"),
              address: true,
            },
            { label: t("contact.labels.email"), value: ldiEmail, href: `mailto:${ldiEmail}` },
            { label: t("contact.labels.web"), value: ldiWeb, href: ldiWeb },
          ]}
        />
      </section>
    </div>
  );
}
