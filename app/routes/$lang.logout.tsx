import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { languageOf } from "~/utils/i18n.server";
import { clearCookie, destroySession, getSession } from "~/utils/session.server";

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request);
  if (session) await destroySession(session.id);
  return redirect(`/${languageOf(request)}/login?notice=loggedOut`, {
    headers: { "Set-Cookie": await clearCookie() },
  });
}

/** Logging out is a POST (a button); a GET only leads back to the start page. */
export function loader({ request }: ActionFunctionArgs) {
  return redirect(`/${languageOf(request)}`);
}
