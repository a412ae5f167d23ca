import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "~/components/language-switcher";
import { Brand, OfficialBar, SiteFooter, SkipLink } from "~/components/site-shell";
import { defaultLanguage, isLanguage } from "~/i18n";

const KNOWN = new Set([400, 403, 404, 405, 429, 500, 503]);

/** A whole page for errors: translated, helpful, never a stack trace. */
export function ErrorPage({ status }: { status: number }) {
  const { pathname } = useLocation();
  const first = pathname.split("/")[1];
  const lang = isLanguage(first) ? first : defaultLanguage;
  return (
    <div className="site-shell">
      <SkipLink />
      <OfficialBar />
      <header className="site-header">
        <div className="site-container site-header__inner">
          <Brand lang={lang} reload />
          <div className="site-header__tools">
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main-content" className="site-main" tabIndex={-1}>
        <div className="site-container">
          <ErrorContent status={status} lang={lang} />
        </div>
      </main>
      <SiteFooter lang={lang} demoMode={false} />
    </div>
  );
}

export function ErrorContent({ status, lang }: { status: number; lang: string }) {
  const { t } = useTranslation();
  const key = KNOWN.has(status) ? String(status) : "500";
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t(`errors.${key}.title` as never)}</h1>
      <p className="kern-body">{t(`errors.${key}.body` as never)}</p>
      <p className="kern-body">
        <Link to={`/${lang}`} className="kern-link" reloadDocument>
          {t("errors.backHome")}
        </Link>
      </p>
      <p className="kern-body">{t("errors.help")}</p>
    </div>
  );
}
