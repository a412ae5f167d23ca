// Private links (an appointment's manage link, a waitlist entry's link) must
// be mailed again later – in the reminder, after a move – without storing
// them: the token is an HMAC of the record's stable reference under a server
// secret, and the database keeps only the token's SHA-256. The secret is
// LINK_SECRET from the environment; without it, one is generated once and
// kept in SiteSetting "secret.links" (set LINK_SECRET in production, so that
// a copy of the database alone does not reveal the links).
import { createHmac } from "node:crypto";
import { prisma } from "~/utils/db.server";
import { randomToken } from "~/utils/crypto.server";

const SETTING = "secret.links";
let cached: Promise<string> | null = null;

async function loadSecret(): Promise<string> {
  const fromEnv = process.env.LINK_SECRET?.trim();
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  const existing = await prisma.siteSetting.findUnique({ where: { key: SETTING } });
  if (existing) return existing.value;
  // Two processes may race here: the first insert wins, both use the stored value.
  await prisma.siteSetting
    .create({ data: { key: SETTING, value: randomToken(32) } })
    .catch(() => undefined);
  return (await prisma.siteSetting.findUniqueOrThrow({ where: { key: SETTING } })).value;
}

function secret(): Promise<string> {
  cached ??= loadSecret().catch((error) => {
    cached = null;
    throw error;
  });
  return cached;
}

export type LinkPurpose = "appointment" | "waitlist" | "form";

/** The private link token of a record (43 URL-safe characters), the same every time. */
export async function linkToken(purpose: LinkPurpose, id: string): Promise<string> {
  return (await linkTokens(purpose))(id);
}

/**
 * A synchronous token function, for use inside a transaction (the secret is
 * read before it, so the transaction never waits on another query).
 */
export async function linkTokens(purpose: LinkPurpose): Promise<(id: string) => string> {
  const key = await secret();
  return (id) => createHmac("sha256", key).update(`${purpose}:${id}`).digest("base64url");
}
