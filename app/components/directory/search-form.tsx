import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** The directory search: a plain GET form, so it works without JavaScript. */
export function SearchForm({
  lang,
  query = "",
  id = "search",
}: {
  lang: string;
  query?: string;
  id?: string;
}) {
  const { t } = useTranslation("directory");
  return (
    <Form method="get" action={`/${lang}/search`} role="search" className="search-form">
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${id}-q`}>
          {t("search.label")}
        </label>
        <div className="kern-hint" id={`${id}-hint`}>
          {t("search.hint")}
        </div>
        <div className="search-form__row">
          <input
            className="kern-form-input__input"
            id={`${id}-q`}
            name="q"
            type="search"
            defaultValue={query}
            maxLength={200}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
          />
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--search" aria-hidden="true" />
            <span className="kern-label">{t("search.submit")}</span>
          </button>
        </div>
      </div>
    </Form>
  );
}
