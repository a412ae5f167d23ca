// Registration answers the same whether or not the address has an account;
// an existing owner gets a mail instead, so nobody learns who is registered.
import { prisma } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import { queueMail } from "~/utils/mail.server";
import { renderMail } from "~/domain/mail/templates.server";
import { issueToken, consumeToken } from "~/domain/accounts/tokens.server";
import { env } from "~/utils/env.server";

export function link(lang: string, path: string, token: string): string {
  return new URL(`/${lang}/${path}?token=${encodeURIComponent(token)}`, env.publicUrl).toString();
}

export async function register(input: {
  name: string;
  email: string;
  password: string;
  locale: string;
}) {
  const existing = await prisma.user.findUnique({
    where: { email: input.email },
    select: { id: true, name: true, locale: true },
  });
  if (existing) {
    const mail = renderMail("accountExists", input.email, existing.locale, {
      name: existing.name,
      link: new URL(`/${existing.locale}/forgot-password`, env.publicUrl).toString(),
    });
    await queueMail(mail);
    // Spend about the same time as a real registration.
    await hashPassword(input.password);
    return;
  }
  const user = await prisma.user.create({
    data: {
      name: input.name,
      email: input.email,
      passwordHash: await hashPassword(input.password),
      passwordChangedAt: new Date(),
      role: "CITIZEN",
      locale: input.locale,
    },
    select: { id: true },
  });
  await sendVerification(user.id, input.email, input.name, input.locale);
}

export async function sendVerification(
  userId: string,
  email: string,
  name: string,
  locale: string,
) {
  const token = await issueToken("verify-email", userId, email);
  await queueMail(
    renderMail("verifyEmail", email, locale, {
      name,
      link: link(locale, "verify-email", token),
      hours: 24,
    }),
  );
}

/** Marks the address verified; false when the link is unknown, used or expired. */
export async function verifyEmail(token: string): Promise<boolean> {
  const row = await consumeToken("verify-email", token);
  if (!row?.userId) return false;
  await prisma.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: new Date() } });
  return true;
}
