// The documents to bring as a page of its own: prints on one sheet.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Loc } from "~/components/directory/localized";
import { catalog } from "~/domain/directory/catalog.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "directory"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const service = (await catalog(lang)).services.get(params.slug ?? "");
  if (!service) throw new Response("Not found", { status: 404 });
  return {
    title: getFixedT(lang, "directory")("checklist.title", { service: service.title.text }),
    slug: service.slug,
    documents: service.documents,
  };
}

export default function Checklist() {
  const { t, i18n } = useTranslation("directory");
  const { title, slug, documents } = useLoaderData<typeof loader>();
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body">{t("checklist.intro")}</p>
      <ul className="checklist">
        {documents.map((d, i) => (
          <li key={i} className="checklist__item">
            <span className="checklist__text">
              <Loc value={d.title} />
              {d.note.text ? (
                <span className="checklist__hint">
                  <Loc value={d.note} />
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      <p className="kern-body no-print">
        <Link className="kern-link" to={`/${i18n.language}/services/${slug}`}>
          {t("checklist.back")}
        </Link>
      </p>
    </div>
  );
}
