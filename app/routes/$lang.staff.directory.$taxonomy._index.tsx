// The terms of one taxonomy (categories or life situations) with the state of
// their translations.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "~/components/ui/field";
import { German } from "~/components/ui/german";
import { listTerms } from "~/domain/directory-admin/taxonomies.server";
import { isTaxonomy } from "~/domain/directory-admin/taxonomy-schemas";
import { DirectoryNav, LanguageName, StateLabel } from "~/domain/directory-admin/ui";
import { languages } from "~/i18n";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff", "admin"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const taxonomy = params.taxonomy;
  if (!isTaxonomy(taxonomy)) throw new Response("Not found", { status: 404 });
  const terms = await asHttp(() => listTerms(actorOf(session), taxonomy));
  const lang = languageOf(request);
  return {
    lang,
    taxonomy,
    title: getFixedT(lang, "admin")(`taxonomy.${taxonomy}.title`),
    terms,
  };
}

export default function Terms() {
  const { t } = useTranslation("admin");
  const { lang, taxonomy, title, terms } = useLoaderData<typeof loader>();
  const base = `/${lang}/staff/directory/${taxonomy}`;
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">{title}</h1>
        <p className="kern-body">{t(`taxonomy.${taxonomy}.intro`)}</p>
      </div>
      <DirectoryNav lang={lang} />
      <p className="kern-body">
        <Link className="kern-btn kern-btn--primary" to={`${base}/new`}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{t(`taxonomy.${taxonomy}.new`)}</span>
        </Link>
      </p>
      {terms.length === 0 ? (
        <FormAlert tone="info" errors={["admin:taxonomy.none"]} />
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="terms-caption">
          <table className="kern-table">
            <caption className="visually-hidden" id="terms-caption">
              {title}
            </caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">
                  {t("fields.title")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("taxonomy.services")}
                </th>
                {languages.map((l) => (
                  <th className="kern-table__header" scope="col" key={l}>
                    <LanguageName lang={l} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {terms.map((term) => (
                <tr className="kern-table__row" key={term.id}>
                  <th className="kern-table__cell" scope="row">
                    <Link className="kern-link" to={`${base}/${term.id}`}>
                      <German>{term.title}</German>
                    </Link>
                    <br />
                    <code className="bidi-isolate">{term.slug}</code>
                  </th>
                  <td className="kern-table__cell">
                    <bdi>{term.services}</bdi>
                  </td>
                  {languages.map((l) => (
                    <td className="kern-table__cell" key={l}>
                      <StateLabel state={term.states[l]} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
