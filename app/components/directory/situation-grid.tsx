import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Loc } from "~/components/directory/localized";
import type { Localized } from "~/domain/directory/catalog.server";

/** Life situations as a grid of cards, each a link to its services. */
export function SituationGrid({
  lang,
  situations,
}: {
  lang: string;
  situations: { slug: string; title: Localized; count?: number }[];
}) {
  const { t } = useTranslation("directory");
  return (
    <ul className="term-grid">
      {situations.map((x) => (
        <li key={x.slug} className="kern-card">
          <div className="kern-card__container">
            <div className="kern-card__body">
              <h3 className="kern-heading-small">
                <Link
                  className="kern-link kern-link--stretched"
                  to={`/${lang}/help/situations/${x.slug}`}
                >
                  <Loc value={x.title} />
                </Link>
              </h3>
              {x.count !== undefined ? (
                <p className="kern-body">{t("overview.serviceCount", { count: x.count })}</p>
              ) : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
