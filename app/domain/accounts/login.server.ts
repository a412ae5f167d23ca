// Password login with rate limits per account and per IP. Errors never tell
// whether an address has an account.
import { prisma } from "~/utils/db.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { hit, LIMITS, reset } from "~/utils/rate-limit.server";
import { sendVerification } from "~/domain/accounts/registration.server";

export type LoginResult =
  { ok: true; userId: string } | { ok: false; error: "invalid" | "rateLimited" | "unverified" };

let dummyHash: Promise<string> | null = null;

export async function authenticate(
  email: string,
  password: string,
  ip: string | null,
): Promise<LoginResult> {
  const accountKey = `login:account:${email}`;
  const ipKey = `login:ip:${ip ?? "unknown"}`;
  const [accountOk, ipOk] = await Promise.all([
    hit(accountKey, LIMITS.loginPerAccount),
    hit(ipKey, LIMITS.loginPerIp),
  ]);
  if (!accountOk || !ipOk) return { ok: false, error: "rateLimited" };

  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      passwordHash: true,
      active: true,
      emailVerifiedAt: true,
    },
  });
  if (!user?.passwordHash) {
    // Same work as a real check, so timing does not reveal unknown addresses.
    dummyHash ??= hashPassword("not-a-real-password-at-all");
    await verifyPassword(await dummyHash, password);
    return { ok: false, error: "invalid" };
  }
  const valid = await verifyPassword(user.passwordHash, password);
  if (!valid || !user.active) return { ok: false, error: "invalid" };
  if (!user.emailVerifiedAt) {
    await sendVerification(user.id, user.email, user.name, user.locale);
    return { ok: false, error: "unverified" };
  }
  await reset(accountKey, LIMITS.loginPerAccount);
  return { ok: true, userId: user.id };
}
