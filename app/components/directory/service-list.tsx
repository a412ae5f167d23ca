import { Link } from "@remix-run/react";
import { Loc } from "~/components/directory/localized";
import type { Localized } from "~/domain/directory/catalog.server";

export type ServiceCard = {
  slug: string;
  title: Localized;
  summary: Localized;
  emergency?: boolean;
};

/** Services as a list of cards, each a link to its page. */
export function ServiceList({ lang, services }: { lang: string; services: ServiceCard[] }) {
  return (
    <ul className="service-list">
      {services.map((s) => (
        <li key={s.slug} className={`kern-card${s.emergency ? " service-list__emergency" : ""}`}>
          <div className="kern-card__container">
            <div className="kern-card__body">
              <h3 className="kern-heading-small">
                <Link className="kern-link kern-link--stretched" to={`/${lang}/services/${s.slug}`}>
                  <Loc value={s.title} />
                </Link>
              </h3>
              <p className="kern-body">
                <Loc value={s.summary} />
              </p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
