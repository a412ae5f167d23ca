// A service in Leichte Sprache (easy German, BITV 2.0 § 4): always German.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { catalog } from "~/domain/directory/catalog.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "directory"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const service = (await catalog(lang)).services.get(params.slug ?? "");
  if (!service) throw new Response("Not found", { status: 404 });
  const germanTitle = (await catalog("de")).services.get(service.slug)!.title.text;
  return {
    title: getFixedT(lang, "directory")("easy.title", { service: service.title.text }),
    slug: service.slug,
    germanTitle,
    lines: (service.easyLanguage ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean),
  };
}

export default function EasyLanguage() {
  const { t, i18n } = useTranslation("directory");
  const { title, slug, germanTitle, lines } = useLoaderData<typeof loader>();
  const lang = i18n.language;
  return (
    <div className="narrow-page easy-language">
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body">{t("easy.intro")}</p>
      {lines.length === 0 ? (
        <p className="kern-body">{t("easy.none")}</p>
      ) : (
        <div lang="de" dir="ltr" className="easy-language__text">
          <h2 className="kern-heading-medium">{germanTitle}</h2>
          {lines.map((line, i) => (
            <p className="kern-body" key={i}>
              {line}
            </p>
          ))}
        </div>
      )}
      <p className="kern-body">
        <Link className="kern-link" to={`/${lang}/services/${slug}`}>
          {t("easy.back")}
        </Link>
      </p>
    </div>
  );
}
