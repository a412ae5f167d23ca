// The back office frame: its own header with who is signed in, and the
// navigation each role needs.
import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "~/components/language-switcher";
import { LogoutButton, SkipLink } from "~/components/site-shell";
import type { ShellUser } from "~/utils/shell-user";

export type StaffNavItem =
  "overview" | "appointments" | "scheduling" | "directory" | "accounts" | "feedback" | "settings";

export function StaffShell({
  lang,
  user,
  nav,
  children,
}: {
  lang: string;
  user: ShellUser;
  nav: StaffNavItem[];
  children: React.ReactNode;
}) {
  const { t } = useTranslation("staff");
  const paths: Record<StaffNavItem, string> = {
    overview: `/${lang}/staff`,
    appointments: `/${lang}/staff/appointments`,
    scheduling: `/${lang}/staff/scheduling`,
    directory: `/${lang}/staff/directory`,
    accounts: `/${lang}/staff/accounts`,
    feedback: `/${lang}/staff/feedback`,
    settings: `/${lang}/staff/settings`,
  };
  const { pathname } = useLocation();
  return (
    <div className="staff-shell">
      <SkipLink />
      <header className="staff-header" data-kern-theme="dark">
        <div className="staff-header__inner">
          <Link className="staff-header__brand" to={paths.overview}>
            {t("shell.title")}
          </Link>
          <div className="staff-header__user">
            <p className="staff-header__identity">
              <span className="staff-header__name">{user.name}</span>{" "}
              <span className="staff-header__role">{t(`common:roles.${user.role}` as never)}</span>
            </p>
            <LanguageSwitcher />
            <LogoutButton lang={lang} variant="secondary" />
          </div>
        </div>
      </header>
      <div className="staff-shell__body">
        <nav className="staff-nav" aria-label={t("shell.navLabel")}>
          <ul className="staff-nav__list">
            {nav.map((item) => (
              <li key={item}>
                <Link
                  className="staff-nav__link"
                  to={paths[item]}
                  aria-current={
                    (
                      item === "overview"
                        ? pathname === paths[item]
                        : pathname.startsWith(paths[item])
                    )
                      ? "page"
                      : undefined
                  }
                >
                  {t(`shell.nav.${item}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main-content" className="staff-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
