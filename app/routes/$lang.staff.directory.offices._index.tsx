// Offices of the agency and its partners.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { German } from "~/components/ui/german";
import { listOffices } from "~/domain/directory-admin/offices.server";
import { DirectoryNav } from "~/domain/directory-admin/ui";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff", "admin"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const offices = await asHttp(() => listOffices(actorOf(session)));
  const lang = languageOf(request);
  return { lang, title: getFixedT(lang, "admin")("offices.title"), offices };
}

export default function Offices() {
  const { t } = useTranslation("admin");
  const { lang, offices } = useLoaderData<typeof loader>();
  const base = `/${lang}/staff/directory/offices`;
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{t("offices.title")}</h1>
      </div>
      <DirectoryNav lang={lang} />
      <p className="kern-body">
        <Link className="kern-btn kern-btn--primary" to={`${base}/new`}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{t("offices.new")}</span>
        </Link>
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="offices-caption">
        <table className="kern-table">
          <caption className="visually-hidden" id="offices-caption">
            {t("offices.title")}
          </caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">
                {t("fields.name")}
              </th>
              <th className="kern-table__header" scope="col">
                {t("offices.address")}
              </th>
              <th className="kern-table__header" scope="col">
                {t("fields.organization")}
              </th>
              <th className="kern-table__header" scope="col">
                {t("taxonomy.services")}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {offices.map((o) => (
              <tr className="kern-table__row" key={o.id}>
                <th className="kern-table__cell" scope="row">
                  <Link className="kern-link" to={`${base}/${o.id}`}>
                    <German>{o.name}</German>
                  </Link>
                </th>
                <td className="kern-table__cell">
                  <German>
                    {o.street}, {o.postalCode} {o.city}
                  </German>
                </td>
                <td className="kern-table__cell">
                  <German>{o.organization.name}</German>
                </td>
                <td className="kern-table__cell">
                  <bdi>{o._count.services}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
