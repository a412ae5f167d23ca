// The checklist as a small text file to save on the phone.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { catalog } from "~/domain/directory/catalog.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const service = (await catalog(lang)).services.get(params.slug ?? "");
  if (!service) throw new Response("Not found", { status: 404 });
  const t = getFixedT(lang, "directory");
  const lines = [
    t("checklist.fileHeader"),
    t("checklist.title", { service: service.title.text }),
    "",
    t("checklist.intro"),
    "",
    ...service.documents.map((d) => `[ ] ${d.title.text}${d.note.text ? ` – ${d.note.text}` : ""}`),
    "",
  ];
  return new Response(lines.join("\r\n"), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="checklist-${service.slug}-${lang}.txt"`,
      "Cache-Control": "no-cache",
    },
  });
}
