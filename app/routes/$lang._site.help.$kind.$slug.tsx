// One life situation ("I lost my job") or category ("Housing") with the
// services that fit it.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Loc } from "~/components/directory/localized";
import { ServiceList } from "~/components/directory/service-list";
import { catalog } from "~/domain/directory/catalog.server";
import { languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "directory"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageTitle(data?.term.title.text),
  { name: "description", content: data?.term.description.text ?? "" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const c = await catalog(lang);
  const list =
    params.kind === "situations"
      ? c.lifeSituations
      : params.kind === "categories"
        ? c.categories
        : null;
  const term = list?.find((x) => x.slug === params.slug);
  if (!term) throw new Response("Not found", { status: 404 });
  const services = term.services.map((slug) => {
    const s = c.services.get(slug)!;
    return { slug, title: s.title, summary: s.summary, emergency: s.emergency };
  });
  return { term: { title: term.title, description: term.description }, services };
}

export default function Term() {
  const { t, i18n } = useTranslation("directory");
  const { term, services } = useLoaderData<typeof loader>();
  const lang = i18n.language;
  return (
    <>
      <nav aria-label={t("service.breadcrumb")} className="breadcrumb">
        <Link className="kern-link" to={`/${lang}/help`}>
          {t("service.breadcrumb")}
        </Link>
      </nav>
      <div className="page-header">
        <h1 className="kern-heading-large">
          <Loc value={term.title} />
        </h1>
        <p className="kern-body">
          <Loc value={term.description} />
        </p>
      </div>
      <section aria-labelledby="services-heading" className="page-section">
        <h2 id="services-heading" className="kern-heading-medium">
          {t("situation.servicesHeading")}
        </h2>
        {services.length === 0 ? <p className="kern-body">{t("situation.none")}</p> : null}
        <ServiceList lang={lang} services={services} />
      </section>
    </>
  );
}
