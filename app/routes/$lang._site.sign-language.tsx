// Deutsche Gebärdensprache (§ 4 BITV 2.0): the video explaining the portal once
// an administrator has set `signLanguageVideoUrl`; until then a notice and the
// ways deaf and hard-of-hearing people reach the agency.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactElement } from "react";
import { Trans, useTranslation } from "react-i18next";
import { SIGN_LANGUAGE_VIDEO_URL } from "~/domain/site/settings";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "legal"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

/** Only https:// addresses or paths on this site; anything else is ignored. */
function usableVideoUrl(value: string | null | undefined): string | null {
  const url = value?.trim();
  if (!url) return null;
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  try {
    return new URL(url).protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const setting = await prisma.siteSetting.findUnique({
    where: { key: SIGN_LANGUAGE_VIDEO_URL },
    select: { value: true },
  });
  return {
    title: getFixedT(lang, "legal")("signLanguage.title"),
    videoUrl: usableVideoUrl(setting?.value),
    phone: env.FRONT_DESK_PHONE,
  };
}

function digits(phone: string): string {
  return phone.replace(/[^\d+]/g, "");
}

export default function SignLanguage() {
  const { t, i18n } = useTranslation("legal");
  const { videoUrl, phone } = useLoaderData<typeof loader>();
  const lang = i18n.language;
  const email = t("contact.signLanguageEmail");
  const sms = t("contact.sms");
  const fax = t("contact.fax");
  const rich: Record<string, ReactElement> = {
    strong: <strong />,
    easyLink: <Link className="kern-link" to={`/${lang}/easy-language`} />,
    videoLink: <a className="kern-link" href={videoUrl ?? undefined} download />,
    phone: <a className="kern-link" href={`tel:${digits(phone)}`} dir="ltr" />,
  };
  return (
    <div>
      <h1 className="kern-heading-large">{t("signLanguage.title")}</h1>
      <p className="kern-body kern-body--large">{t("signLanguage.lead")}</p>

      {videoUrl ? (
        <section aria-labelledby="video-heading">
          <h2 id="video-heading" className="kern-heading-medium">
            {t("signLanguage.video.heading")}
          </h2>
          <p className="kern-body" id="video-description">
            {t("signLanguage.video.description")}
          </p>
          <video
            controls
            preload="none"
            src={videoUrl}
            aria-label={t("signLanguage.video.label")}
            aria-describedby="video-description"
            width={640}
          >
            <p className="kern-body">
              <Trans t={t} i18nKey="signLanguage.video.fallback" components={rich} />
            </p>
          </video>
          <p className="kern-body">
            <Trans t={t} i18nKey="signLanguage.video.transcript" components={rich} />
          </p>
        </section>
      ) : (
        <section aria-labelledby="preparing-heading">
          <h2 id="preparing-heading" className="kern-heading-medium">
            {t("signLanguage.preparing.heading")}
          </h2>
          <p className="kern-body">
            <Trans t={t} i18nKey="signLanguage.preparing.body" components={rich} />
          </p>
        </section>
      )}

      <section aria-labelledby="deaf-contact-heading">
        <h2 id="deaf-contact-heading" className="kern-heading-medium">
          {t("signLanguage.contact.heading")}
        </h2>
        <p className="kern-body">{t("signLanguage.contact.intro")}</p>
        <dl className="kern-description-list">
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.labels.email")}</dt>
            <dd className="kern-description-list-item__value">
              <a className="kern-link" href={`mailto:${email}`} dir="ltr">
                {email}
              </a>
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.labels.sms")}</dt>
            <dd className="kern-description-list-item__value">
              <a className="kern-link" href={`sms:${digits(sms)}`} dir="ltr">
                {sms}
              </a>{" "}
              <span className="kern-body--small">{t("signLanguage.contact.smsNote")}</span>
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">{t("contact.labels.fax")}</dt>
            <dd className="kern-description-list-item__value">
              <bdi dir="ltr">{fax}</bdi>
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">
              {t("signLanguage.contact.relayLabel")}
            </dt>
            <dd className="kern-description-list-item__value">
              <p className="kern-body">
                <Trans
                  t={t}
                  i18nKey="signLanguage.contact.relay"
                  values={{ phone }}
                  components={rich}
                />
              </p>
              <p className="kern-body">
                <a className="kern-link" href={t("signLanguage.contact.relayWeb")}>
                  {t("signLanguage.contact.relayWebText")}
                </a>
              </p>
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="interpreter-heading">
        <h2 id="interpreter-heading" className="kern-heading-medium">
          {t("signLanguage.interpreter.heading")}
        </h2>
        {t("signLanguage.interpreter.body", { returnObjects: true }).map((_, i) => (
          <p className="kern-body" key={i}>
            <Trans
              t={t}
              i18nKey={`signLanguage.interpreter.body.${i}` as never}
              components={rich}
            />
          </p>
        ))}
      </section>
    </div>
  );
}
