import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { languages, switchLanguagePath } from "~/i18n";

/** Links to the same page in every language; works without JavaScript. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { pathname, search } = useLocation();
  return (
    <nav className="lang-switcher" aria-label={t("languageSwitcher.label")}>
      <span className="kern-icon kern-icon--language" aria-hidden="true" />
      <ul className="lang-switcher__list">
        {languages.map((lng) => (
          <li key={lng}>
            <Link
              className="lang-switcher__link"
              dir={lng === "ar" ? "rtl" : "ltr"}
              to={switchLanguagePath(pathname, lng) + search}
              lang={lng}
              hrefLang={lng}
              aria-current={i18n.language === lng ? "true" : undefined}
              reloadDocument
            >
              {t(`languageNames.${lng}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
