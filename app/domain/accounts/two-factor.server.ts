// Second factor for staff and partners: TOTP (RFC 6238, any authenticator
// app) plus ten single-use recovery codes.
import * as OTPAuth from "otpauth";
import QRCode from "qrcode";
import { prisma } from "~/utils/db.server";
import { randomToken, sha256 } from "~/utils/crypto.server";
import { hit, LIMITS } from "~/utils/rate-limit.server";

const ISSUER = "Sozialagentur Musterstadt";

function totpFor(secret: string, label: string) {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

export function newSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export async function setupData(secret: string, email: string) {
  const uri = totpFor(secret, email).toString();
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { uri, qrSvg, secret };
}

export function checkTotp(secret: string, code: string, label = "user"): boolean {
  return totpFor(secret, label).validate({ token: code, window: 1 }) !== null;
}

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () =>
    randomToken(8)
      .replace(/[^a-z0-9]/gi, "")
      .slice(0, 10)
      .toLowerCase()
      .padEnd(10, "x"),
  );
}

/** Turns the second factor on once the person proved the app works; returns the recovery codes. */
export async function enableTotp(userId: string, secret: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await prisma.$transaction([
    prisma.recoveryCode.deleteMany({ where: { userId } }),
    prisma.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: sha256(c) })) }),
    prisma.user.update({
      where: { id: userId },
      data: { totpSecret: secret, totpEnabledAt: new Date() },
    }),
  ]);
  return codes;
}

export type SecondFactorResult = "ok" | "invalid" | "rateLimited";

/** Checks a TOTP code or an unused recovery code (which is then used up). */
export async function verifySecondFactor(
  userId: string,
  input: string,
): Promise<SecondFactorResult> {
  if (!(await hit(`totp:${userId}`, LIMITS.totpPerAccount))) return "rateLimited";
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, email: true },
  });
  if (!user?.totpSecret) return "invalid";
  if (/^\d{6}$/.test(input))
    return checkTotp(user.totpSecret, input, user.email) ? "ok" : "invalid";
  const { count } = await prisma.recoveryCode.updateMany({
    where: { userId, codeHash: sha256(input.toLowerCase()), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1 ? "ok" : "invalid";
}
