// Who is asking. Every loader and action starts here; what they may do with a
// given record is decided by ~/domain/access/permissions.
import { redirect } from "@remix-run/node";
import type { Actor } from "~/domain/access/permissions";
import { getSession, type CurrentSession, type SessionUser } from "~/utils/session.server";
import { env } from "~/utils/env.server";
import { languageOf } from "~/utils/i18n.server";

export type Role = SessionUser["role"];

/** Staff and partners must pass a second factor before they reach personal data. */
export function needsSecondFactor(user: Pick<SessionUser, "role" | "demo">): boolean {
  if (user.role === "CITIZEN") return false;
  return !(env.DEMO_MODE && user.demo);
}

export function secondFactorDone(session: CurrentSession): boolean {
  return !needsSecondFactor(session.user) || session.secondFactorAt !== null;
}

export function actorOf(session: CurrentSession): Actor {
  return {
    id: session.user.id,
    role: session.user.role,
    active: session.user.active,
    teamId: session.user.teamId,
    organizationId: session.user.organizationId,
    secondFactorVerified: secondFactorDone(session),
  };
}

function loginUrl(request: Request): string {
  const url = new URL(request.url);
  const lang = languageOf(request);
  const back = url.pathname + url.search;
  return `/${lang}/login?redirectTo=${encodeURIComponent(back)}`;
}

/** The signed-in session, or a redirect to the login page. */
export async function requireSession(request: Request): Promise<CurrentSession> {
  const session = await getSession(request);
  if (!session) throw redirect(loginUrl(request));
  return session;
}

/**
 * A fully authenticated session: for staff and partners, also the second
 * factor (set up first if they have none yet).
 */
export async function requireUser(request: Request): Promise<CurrentSession> {
  const session = await requireSession(request);
  if (!secondFactorDone(session)) {
    const lang = languageOf(request);
    const target = session.user.totpEnabledAt ? "login/two-factor" : "account/two-factor";
    throw redirect(`/${lang}/${target}`);
  }
  return session;
}

/** A fully authenticated session whose role is one of `roles`, else 403. */
export async function requireRole(
  request: Request,
  roles: readonly Role[],
): Promise<CurrentSession> {
  const session = await requireUser(request);
  if (!roles.includes(session.user.role)) {
    throw new Response("Forbidden", { status: 403 });
  }
  return session;
}

export const STAFF_ROLES: readonly Role[] = [
  "FRONT_DESK",
  "CASEWORKER",
  "TEAM_LEAD",
  "ADMIN",
  "PARTNER",
];

/** Only a path on this site is a valid place to go back to after login. */
export function safeRedirect(
  to: FormDataEntryValue | string | null | undefined,
  fallback: string,
): string {
  if (
    typeof to !== "string" ||
    !to.startsWith("/") ||
    to.startsWith("//") ||
    to.startsWith("/\\")
  ) {
    return fallback;
  }
  return to;
}
