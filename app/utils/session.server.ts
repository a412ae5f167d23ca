// Server-side sessions: the cookie holds only a random token; the database
// holds its hash, so every session can be listed and revoked.
import { createCookie } from "@remix-run/node";
import { prisma } from "~/utils/db.server";
import { randomToken, sha256 } from "~/utils/crypto.server";
import { env } from "~/utils/env.server";

/** Idle sessions end after this long without a request. */
export const INACTIVITY_MS = 30 * 60 * 1000;
/** No session lives longer than this, however active. */
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, to keep reads cheap. */
const TOUCH_MS = 60 * 1000;

export const sessionCookie = createCookie(env.secureCookies ? "__Host-session" : "session", {
  httpOnly: true,
  sameSite: "lax",
  secure: env.secureCookies,
  path: "/",
});

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: "CITIZEN" | "FRONT_DESK" | "CASEWORKER" | "TEAM_LEAD" | "ADMIN" | "PARTNER";
  locale: string;
  active: boolean;
  teamId: string | null;
  organizationId: string | null;
  demo: boolean;
  totpEnabledAt: Date | null;
};

export type CurrentSession = { id: string; secondFactorAt: Date | null; user: SessionUser };

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  active: true,
  teamId: true,
  organizationId: true,
  demo: true,
  totpEnabledAt: true,
} as const;

export async function createSession(
  userId: string,
  meta: { ipAddress?: string | null; userAgent?: string | null; secondFactor?: boolean },
  now = new Date(),
): Promise<string> {
  const token = randomToken();
  await prisma.session.create({
    data: {
      id: sha256(token),
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ABSOLUTE_MS),
      secondFactorAt: meta.secondFactor ? now : null,
      ipAddress: meta.ipAddress ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
  return token;
}

export async function readToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 20 ? value : null;
}

/** The live session of a request, or null (expired, idle, revoked, or the account deactivated). */
export async function getSession(
  request: Request,
  now = new Date(),
): Promise<CurrentSession | null> {
  const token = await readToken(request);
  if (!token) return null;
  const id = sha256(token);
  const row = await prisma.session.findUnique({
    where: { id },
    select: {
      id: true,
      lastSeenAt: true,
      expiresAt: true,
      secondFactorAt: true,
      user: { select: userSelect },
    },
  });
  if (!row) return null;
  const idle = now.getTime() - row.lastSeenAt.getTime() > INACTIVITY_MS;
  if (idle || row.expiresAt <= now || !row.user.active) {
    await prisma.session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_MS) {
    await prisma.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return { id: row.id, secondFactorAt: row.secondFactorAt, user: row.user as SessionUser };
}

export async function markSecondFactor(sessionId: string, now = new Date()): Promise<void> {
  await prisma.session.update({ where: { id: sessionId }, data: { secondFactorAt: now } });
}

export async function destroySession(sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of a user (logout everywhere, password change, deactivation). */
export async function destroyAllSessions(
  userId: string,
  exceptSessionId?: string,
): Promise<number> {
  const { count } = await prisma.session.deleteMany({
    where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
  });
  return count;
}

export async function commitCookie(token: string): Promise<string> {
  return sessionCookie.serialize(token, { maxAge: ABSOLUTE_MS / 1000 });
}

export async function clearCookie(): Promise<string> {
  return sessionCookie.serialize("", { maxAge: 0 });
}
