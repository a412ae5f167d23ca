// Directory texts carry their language: a German stand-in inside another
// language is marked lang="de" dir="ltr" and labelled, so screen readers read
// it in German and citizens know why it is German.
import { useTranslation } from "react-i18next";
import { parseLongText } from "~/domain/directory/long-text";
import type { Localized } from "~/domain/directory/catalog.server";

function langProps(value: Localized, pageLang: string) {
  return value.lang === pageLang ? {} : { lang: value.lang, dir: "ltr" as const };
}

/** A short text (title, summary) inline. */
export function Loc({ value }: { value: Localized }) {
  const { i18n } = useTranslation();
  return <span {...langProps(value, i18n.language)}>{value.text}</span>;
}

/** A long text (paragraphs and lists), with a badge when it is the German stand-in. */
export function RichText({ value }: { value: Localized }) {
  const { t, i18n } = useTranslation("directory");
  const fallback = value.lang !== i18n.language;
  return (
    <div className="rich-text" {...langProps(value, i18n.language)}>
      {fallback ? (
        <p className="kern-badge kern-badge--info german-badge" lang={i18n.language} dir="auto">
          {t("service.germanBadge")}
        </p>
      ) : null}
      {parseLongText(value.text).map((block, i) =>
        block.kind === "p" ? (
          <p className="kern-body" key={i}>
            {block.text}
          </p>
        ) : (
          <ul className="kern-list" key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
