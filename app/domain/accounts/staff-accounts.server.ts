// Administrators create, deactivate and re-activate staff and partner
// accounts. New accounts get no password: the person sets one through a
// mailed link, which also proves the address.
import { assertCan, can, type Actor } from "~/domain/access/permissions";
import { renderMail } from "~/domain/mail/templates.server";
import { issueToken } from "~/domain/accounts/tokens.server";
import { link } from "~/domain/accounts/registration.server";
import { STAFF_ACCOUNT_ROLES, type CreateAccountSchema } from "~/domain/accounts/staff-schemas";
import type { z } from "zod";
import { prisma } from "~/utils/db.server";
import { queueMail } from "~/utils/mail.server";
import { destroyAllSessions } from "~/utils/session.server";
import { writeAudit } from "~/utils/audit.server";

export const INVITE_TTL_MS = 72 * 60 * 60 * 1000;

export type CreateAccountInput = z.infer<typeof CreateAccountSchema>;

export async function createStaffAccount(actor: Actor, input: CreateAccountInput) {
  assertCan(actor, "create", { type: "account", id: null, role: input.role });
  const exists = await prisma.user.findUnique({
    where: { email: input.email },
    select: { id: true },
  });
  if (exists) return { ok: false as const, error: "staff:accounts.emailTaken" };
  const agency = await prisma.organization.findFirst({
    where: { kind: "AGENCY" },
    select: { id: true },
  });
  const user = await prisma.user.create({
    data: {
      name: input.name,
      email: input.email,
      role: input.role,
      locale: input.locale,
      teamId: input.role === "PARTNER" ? null : input.teamId || null,
      organizationId: input.role === "PARTNER" ? input.organizationId! : (agency?.id ?? null),
    },
    select: { id: true },
  });
  const token = await issueToken("reset-password", user.id, input.email, new Date(), INVITE_TTL_MS);
  await queueMail(
    renderMail("accountCreated", input.email, input.locale, {
      name: input.name,
      link: link(input.locale, "reset-password", token),
      hours: 72,
    }),
  );
  await writeAudit({ actor, action: "account.create", entityType: "User", entityId: user.id });
  return { ok: true as const, id: user.id };
}

/** Deactivation ends every session of the account at once. */
export async function setAccountActive(actor: Actor, userId: string, active: boolean) {
  const target = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true },
  });
  if (!target) return false;
  assertCan(actor, active ? "reactivate" : "deactivate", {
    type: "account",
    id: target.id,
    role: target.role,
  });
  await prisma.user.update({ where: { id: userId }, data: { active } });
  if (!active) await destroyAllSessions(userId);
  await writeAudit({
    actor,
    action: active ? "account.reactivate" : "account.deactivate",
    entityType: "User",
    entityId: userId,
  });
  return true;
}

/** Staff and partner accounts, each one the actor may read. */
export async function listStaffAccounts(actor: Actor) {
  const rows = await prisma.user.findMany({
    where: { role: { in: [...STAFF_ACCOUNT_ROLES] } },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      totpEnabledAt: true,
      team: { select: { name: true } },
      organization: { select: { name: true } },
    },
  });
  return rows.filter((r) => can(actor, "read", { type: "account", id: r.id, role: r.role }));
}
