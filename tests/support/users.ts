// Test data made by each test itself, straight into the e2e database.
import * as OTPAuth from "otpauth";
import { prisma } from "../../app/utils/db.server";
import { hashPassword } from "../../app/utils/password.server";
import { uniqueEmail } from "./e2e";
/** The e2e server's database (DATABASE_URL is set in playwright.config.ts). */
export const db = prisma;

export const PASSWORD = "lila-Fahrrad-42-Ufer";
let hashed: Promise<string> | null = null;

type Role = "CITIZEN" | "FRONT_DESK" | "CASEWORKER" | "TEAM_LEAD" | "ADMIN" | "PARTNER";

export async function createUser(
  opts: {
    role?: Role;
    name?: string;
    locale?: string;
    totp?: boolean;
    teamId?: string | null;
    organizationId?: string | null;
  } = {},
) {
  hashed ??= hashPassword(PASSWORD);
  const role = opts.role ?? "CITIZEN";
  const email = uniqueEmail(role.toLowerCase());
  const totpSecret = opts.totp ? new OTPAuth.Secret({ size: 20 }).base32 : null;
  const user = await db.user.create({
    data: {
      email,
      name: opts.name ?? `Test ${role}`,
      role,
      locale: opts.locale ?? "de",
      passwordHash: await hashed,
      emailVerifiedAt: new Date(),
      totpSecret,
      totpEnabledAt: totpSecret ? new Date() : null,
      teamId: opts.teamId ?? null,
      organizationId: opts.organizationId ?? null,
    },
  });
  return { id: user.id, email, password: PASSWORD, totpSecret };
}
