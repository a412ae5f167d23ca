// One-time tokens for links in mails: random, stored hashed, single use,
// short-lived.
import { prisma } from "~/utils/db.server";
import { randomToken, sha256 } from "~/utils/crypto.server";

export type TokenPurpose = "verify-email" | "reset-password";

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  "verify-email": 24 * 60 * 60 * 1000,
  "reset-password": 30 * 60 * 1000,
};

export async function issueToken(
  purpose: TokenPurpose,
  userId: string,
  email: string,
  now = new Date(),
  ttlMs = TOKEN_TTL_MS[purpose],
) {
  const token = randomToken();
  // Older unused tokens of the same purpose stop working: only the newest link counts.
  await prisma.oneTimeToken.updateMany({
    where: { userId, purpose, usedAt: null },
    data: { usedAt: now },
  });
  await prisma.oneTimeToken.create({
    data: {
      userId,
      email,
      purpose,
      tokenHash: sha256(token),
      expiresAt: new Date(now.getTime() + ttlMs),
    },
  });
  return token;
}

/** Looks a token up without using it (to show the form behind a link). */
export async function peekToken(purpose: TokenPurpose, token: string, now = new Date()) {
  const row = await prisma.oneTimeToken.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= now || !row.userId)
    return null;
  return row;
}

/** Uses a token exactly once, even when two requests race for it. */
export async function consumeToken(purpose: TokenPurpose, token: string, now = new Date()) {
  const row = await peekToken(purpose, token, now);
  if (!row) return null;
  const { count } = await prisma.oneTimeToken.updateMany({
    where: { id: row.id, usedAt: null },
    data: { usedAt: now },
  });
  return count === 1 ? row : null;
}
