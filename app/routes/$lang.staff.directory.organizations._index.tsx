// Partner organisations (debt counselling, addiction help, training providers).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "~/components/ui/field";
import { German } from "~/components/ui/german";
import { listPartnerOrganizations } from "~/domain/directory-admin/organizations.server";
import { DirectoryNav } from "~/domain/directory-admin/ui";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff", "admin"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const organizations = await asHttp(() => listPartnerOrganizations(actorOf(session)));
  const lang = languageOf(request);
  return { lang, title: getFixedT(lang, "admin")("organizations.title"), organizations };
}

export default function Organizations() {
  const { t } = useTranslation("admin");
  const { lang, organizations } = useLoaderData<typeof loader>();
  const base = `/${lang}/staff/directory/organizations`;
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t("organizations.title")}</h1>
        <p className="kern-body">{t("organizations.intro")}</p>
      </div>
      <DirectoryNav lang={lang} />
      <p className="kern-body">
        <Link className="kern-btn kern-btn--primary" to={`${base}/new`}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{t("organizations.new")}</span>
        </Link>
      </p>
      {organizations.length === 0 ? (
        <FormAlert tone="info" errors={["admin:organizations.none"]} />
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="orgs-caption">
          <table className="kern-table">
            <caption className="visually-hidden" id="orgs-caption">
              {t("organizations.title")}
            </caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">
                  {t("fields.name")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("organizations.contact")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("organizations.counts")}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {organizations.map((o) => (
                <tr className="kern-table__row" key={o.id}>
                  <th className="kern-table__cell" scope="row">
                    <Link className="kern-link" to={`${base}/${o.id}`}>
                      <German>{o.name}</German>
                    </Link>
                  </th>
                  <td className="kern-table__cell">
                    {[o.phone, o.email, o.website].filter(Boolean).map((c) => (
                      <div key={c}>
                        <bdi>{c}</bdi>
                      </div>
                    ))}
                  </td>
                  <td className="kern-table__cell">
                    {t("organizations.countsValue", {
                      offices: o._count.offices,
                      services: o._count.services,
                      users: o._count.users,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
