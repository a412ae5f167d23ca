// `/` sends each browser to the portal in the language it asks for.
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { preferredLanguage } from "~/utils/i18n.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const lng = await preferredLanguage(request);
  return redirect(`/${lng}`, { headers: { Vary: "Accept-Language" } });
}
