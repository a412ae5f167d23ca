// The directory back office: every service with its status and, per
// language, whether the translation is missing, outdated or current.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DateTime } from "~/components/ui/date-time";
import { FormAlert } from "~/components/ui/field";
import { German } from "~/components/ui/german";
import { listServices } from "~/domain/directory-admin/services.server";
import { DirectoryNav, LanguageName, StateLabel } from "~/domain/directory-admin/ui";
import { languages } from "~/i18n";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff", "admin"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const services = await asHttp(() => listServices(actorOf(session)));
  return {
    lang: languageOf(request),
    title: getFixedT(languageOf(request), "admin")("overview.title"),
    services,
  };
}

export default function DirectoryOverview() {
  const { t } = useTranslation("admin");
  const { lang, services } = useLoaderData<typeof loader>();
  const base = `/${lang}/staff/directory/services`;
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t("overview.title")}</h1>
        <p className="kern-body">{t("overview.intro")}</p>
      </div>
      <DirectoryNav lang={lang} />
      <p className="kern-body">
        <Link className="kern-btn kern-btn--primary" to={`${base}/new`}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{t("overview.newService")}</span>
        </Link>
      </p>
      <section aria-labelledby="services-heading" className="page-section">
        <h2 id="services-heading" className="kern-heading-medium">
          {t("overview.servicesHeading")}
        </h2>
        <h3 className="kern-heading-small">{t("states.legendHeading")}</h3>
        <ul className="link-list">
          {(["missing", "outdated", "current"] as const).map((s) => (
            <li key={s} className="kern-body">
              <StateLabel state={s} />: {t(`states.legend.${s}`)}
            </li>
          ))}
        </ul>
        {services.length === 0 ? (
          <FormAlert tone="info" errors={["admin:overview.none"]} />
        ) : (
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby="services-heading"
          >
            <table className="kern-table">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">
                    {t("overview.service")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("overview.status")}
                  </th>
                  {languages.map((l) => (
                    <th className="kern-table__header" scope="col" key={l}>
                      <LanguageName lang={l} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {services.map((s) => (
                  <tr className="kern-table__row" key={s.id}>
                    <th className="kern-table__cell" scope="row">
                      <Link className="kern-link" to={`${base}/${s.id}`}>
                        <German>{s.title}</German>
                      </Link>
                      <br />
                      <code className="bidi-isolate">{s.slug}</code>
                    </th>
                    <td className="kern-table__cell">
                      {t(`status.${s.status}`)}
                      {s.publishedAt ? (
                        <>
                          <br />
                          <DateTime value={s.publishedAt} dateOnly />
                        </>
                      ) : null}
                    </td>
                    {languages.map((l) => (
                      <td className="kern-table__cell" key={l}>
                        <Link className="kern-link" to={`${base}/${s.id}/texts/${l}`}>
                          <StateLabel state={s.states[l]} />
                          <span className="visually-hidden">
                            {" – "}
                            <LanguageName lang={l} />
                          </span>
                        </Link>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
