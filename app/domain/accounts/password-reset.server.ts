// Password reset by an emailed one-time link (30 minutes, single use). The
// request answers the same for known and unknown addresses.
import { prisma } from "~/utils/db.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { queueMail } from "~/utils/mail.server";
import { hit, LIMITS } from "~/utils/rate-limit.server";
import { renderMail } from "~/domain/mail/templates.server";
import { consumeToken, issueToken, TOKEN_TTL_MS } from "~/domain/accounts/tokens.server";
import { link } from "~/domain/accounts/registration.server";
import { destroyAllSessions } from "~/utils/session.server";
import { passwordProblem } from "~/domain/accounts/password-policy.server";

export async function requestPasswordReset(
  email: string,
  ip: string | null,
): Promise<"sent" | "rateLimited"> {
  const [accountOk, ipOk] = await Promise.all([
    hit(`reset:account:${email}`, LIMITS.resetPerAccount),
    hit(`reset:ip:${ip ?? "unknown"}`, LIMITS.resetPerIp),
  ]);
  if (!ipOk) return "rateLimited";
  // Over the per-account limit we quietly send nothing: answering differently would reveal the account.
  if (!accountOk) return "sent";
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, name: true, locale: true, active: true },
  });
  if (!user?.active) return "sent";
  const token = await issueToken("reset-password", user.id, email);
  await queueMail(
    renderMail("resetPassword", email, user.locale, {
      name: user.name,
      link: link(user.locale, "reset-password", token),
      minutes: TOKEN_TTL_MS["reset-password"] / 60000,
    }),
  );
  return "sent";
}

async function setPassword(userId: string, password: string) {
  const user = await prisma.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(password), passwordChangedAt: new Date() },
    select: { email: true, name: true, locale: true },
  });
  await queueMail(renderMail("passwordChanged", user.email, user.locale, { name: user.name }));
  return user;
}

export type ResetResult = { ok: true } | { ok: false; field?: "password"; error: string };

export async function resetPassword(token: string, password: string): Promise<ResetResult> {
  const problem = passwordProblem(password);
  if (problem) return { ok: false, field: "password", error: problem };
  const row = await consumeToken("reset-password", token);
  if (!row?.userId) return { ok: false, error: "auth:reset.invalidLink" };
  const user = await prisma.user.findUnique({ where: { id: row.userId }, select: { email: true } });
  if (user && passwordProblem(password, [user.email])) {
    return { ok: false, field: "password", error: "validation.passwordPersonal" };
  }
  await setPassword(row.userId, password);
  // A reset link proves control of the mailbox: the address counts as verified.
  await prisma.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: new Date() } });
  await destroyAllSessions(row.userId);
  return { ok: true };
}

export async function changePassword(
  userId: string,
  currentPassword: string,
  password: string,
): Promise<ResetResult> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, email: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
    return { ok: false, field: "password", error: "validation.currentPasswordWrong" };
  }
  const problem = passwordProblem(password, [user.email]);
  if (problem) return { ok: false, field: "password", error: problem };
  await setPassword(userId, password);
  // Every session ends when the password changes; the caller starts a fresh one.
  await destroyAllSessions(userId);
  return { ok: true };
}
