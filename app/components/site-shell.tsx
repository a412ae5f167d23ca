// The citizen-facing page frame: official header, navigation, language
// switcher, main landmark and footer with the legally required pages.
import { Form, Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "~/components/language-switcher";
import type { ShellUser } from "~/utils/shell-user";

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main-content">
      {t("skipLink")}
    </a>
  );
}

export function OfficialBar() {
  const { t } = useTranslation();
  return (
    <div className="kern-kopfzeile">
      <div className="site-container">
        <div className="kern-kopfzeile__content">
          <span className="kern-kopfzeile__label">{t("agency.officialSite")}</span>
        </div>
      </div>
    </div>
  );
}

export function Brand({ lang, reload = false }: { lang: string; reload?: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to={`/${lang}`} className="site-brand" reloadDocument={reload}>
      <span className="site-brand__text">
        <span className="site-brand__name bidi-isolate" lang="de" dir="ltr">
          {t("agency.name")}
        </span>
        <span className="site-brand__tagline">{t("agency.tagline")}</span>
      </span>
    </Link>
  );
}

export function LogoutButton({
  lang,
  variant = "tertiary",
}: {
  lang: string;
  variant?: "secondary" | "tertiary";
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" action={`/${lang}/logout`} className="inline-form">
      <button type="submit" className={`kern-btn kern-btn--${variant}`}>
        <span className="kern-icon kern-icon--logout" aria-hidden="true" />
        <span className="kern-label">{t("nav.logout")}</span>
      </button>
    </Form>
  );
}

/** Marks the link to the page being shown. */
function NavItem({ to, children }: { to: string; children: React.ReactNode }) {
  const { pathname } = useLocation();
  return (
    <li>
      <Link to={to} className="site-nav__link" aria-current={pathname === to ? "page" : undefined}>
        {children}
      </Link>
    </li>
  );
}

export function SiteShell({
  lang,
  user,
  demoMode,
  children,
}: {
  lang: string;
  user: ShellUser | null;
  demoMode: boolean;
  children: React.ReactNode;
}) {
  const { t } = useTranslation(["common", "directory"]);
  return (
    <div className="site-shell">
      <SkipLink />
      <OfficialBar />
      <header className="site-header">
        <div className="site-container site-header__inner">
          <Brand lang={lang} />
          <div className="site-header__tools">
            <LanguageSwitcher />
            <ul className="account-links">
              {user ? (
                <>
                  <li>
                    <Link className="kern-link" to={`/${lang}/account`}>
                      <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
                      {t("nav.account")}
                    </Link>
                  </li>
                  <li>
                    <LogoutButton lang={lang} />
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <Link className="kern-link" to={`/${lang}/login`}>
                      <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
                      {t("nav.login")}
                    </Link>
                  </li>
                  <li>
                    <Link className="kern-link" to={`/${lang}/register`}>
                      {t("nav.register")}
                    </Link>
                  </li>
                </>
              )}
            </ul>
          </div>
        </div>
      </header>
      <nav className="site-nav" aria-label={t("nav.label")}>
        <div className="site-container">
          <ul className="site-nav__list">
            <NavItem to={`/${lang}`}>{t("nav.home")}</NavItem>
            <NavItem to={`/${lang}/help`}>{t("directory:nav")}</NavItem>
            <NavItem to={`/${lang}/help-finder`}>{t("directory:navFinder")}</NavItem>
            <NavItem to={`/${lang}/easy-language`}>{t("nav.easyLanguage")}</NavItem>
            {user && user.role !== "CITIZEN" ? (
              <NavItem to={`/${lang}/staff`}>{t("nav.staff")}</NavItem>
            ) : null}
          </ul>
        </div>
      </nav>
      <main id="main-content" className="site-main" tabIndex={-1}>
        <div className="site-container">{children}</div>
      </main>
      <SiteFooter lang={lang} demoMode={demoMode} />
    </div>
  );
}

export function SiteFooter({ lang, demoMode }: { lang: string; demoMode: boolean }) {
  const { t } = useTranslation();
  const links = [
    ["accessibility", "footer.accessibility"],
    ["privacy", "footer.privacy"],
    ["imprint", "footer.imprint"],
    ["easy-language", "footer.easyLanguage"],
    ["sign-language", "footer.signLanguage"],
    ...(demoMode ? [["outbox", "footer.outbox"]] : []),
  ] as const;
  return (
    <footer className="site-footer">
      <div className="site-container site-footer__inner">
        <h2 className="site-footer__title">{t("footer.label")}</h2>
        <ul className="site-footer__links">
          {links.map(([path, key]) => (
            <li key={path}>
              <Link className="kern-link" to={`/${lang}/${path}`}>
                {t(key as never)}
              </Link>
            </li>
          ))}
        </ul>
        <p className="site-footer__meta">{t("footer.note")}</p>
      </div>
    </footer>
  );
}
