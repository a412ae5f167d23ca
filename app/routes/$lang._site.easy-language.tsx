// Leichte Sprache (§ 4 BITV 2.0): the portal explained in easy German. The
// easy-language text is always German, whatever the page language: the loader
// reads it with the German `t`, the page marks it `lang="de"` and `dir="ltr"`.
// Only the short introduction above it is translated.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { env } from "~/utils/env.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "legal"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

const SECTIONS = ["agency", "portal", "appointment", "help", "barriers"] as const;

type EasySection = {
  id: (typeof SECTIONS)[number];
  heading: string;
  lines: string[];
  list?: string[];
  more?: string[];
  link?: string;
};

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const phone = env.FRONT_DESK_PHONE;
  const de = getFixedT("de", "legal");
  const text = de("easyLanguage.text.sections", { returnObjects: true, phone }) as Record<
    EasySection["id"],
    Omit<EasySection, "id">
  >;
  const sections: EasySection[] = SECTIONS.map((id) => ({ id, ...text[id] }));
  return {
    title: getFixedT(lang, "legal")("easyLanguage.title"),
    sections,
    phone,
    email: de("contact.accessibilityEmail"),
  };
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/** Makes the phone number and e-mail address in a line clickable. */
function linkify(line: string, phone: string, email: string): ReactNode {
  const tokens = [phone, email].filter(Boolean);
  if (!tokens.some((token) => line.includes(token))) return line;
  const pattern = new RegExp(
    `(${tokens.map((token) => token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`,
  );
  return line.split(pattern).map((part, i) =>
    part === phone ? (
      <a key={i} className="kern-link" href={telHref(phone)}>
        <bdi>{part}</bdi>
      </a>
    ) : part === email ? (
      <a key={i} className="kern-link" href={`mailto:${email}`}>
        {part}
      </a>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

export default function EasyLanguage() {
  const { t, i18n } = useTranslation("legal");
  const { sections, phone, email } = useLoaderData<typeof loader>();
  const lang = i18n.language;
  const line = (text: string, i: number) => (
    <p className="kern-body kern-body--large" key={i}>
      {linkify(text, phone, email)}
    </p>
  );
  return (
    <div>
      <h1 className="kern-heading-large">{t("easyLanguage.title")}</h1>
      <p className="kern-body kern-body--large">{t("easyLanguage.intro")}</p>
      {lang !== "de" ? <p className="kern-body">{t("easyLanguage.germanNote")}</p> : null}
      <div lang="de" dir="ltr">
        {sections.map((section) => (
          <section key={section.id} aria-labelledby={`easy-${section.id}`}>
            <h2 id={`easy-${section.id}`} className="kern-heading-medium">
              {section.heading}
            </h2>
            {section.lines.map(line)}
            {section.list?.length ? (
              <ul>
                {section.list.map((item, i) => (
                  <li className="kern-body kern-body--large" key={i}>
                    {linkify(item, phone, email)}
                  </li>
                ))}
              </ul>
            ) : null}
            {section.more?.map(line)}
            {section.link ? (
              <p className="kern-body kern-body--large">
                <Link className="kern-link" to={`/${lang}/accessibility#feedback-form-heading`}>
                  {section.link}
                </Link>
              </p>
            ) : null}
          </section>
        ))}
      </div>
    </div>
  );
}
