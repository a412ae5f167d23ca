// Rows for the tests of this folder: an administrator (and a caseworker to be
// refused), with unique names. Not imported by application code.
import { randomUUID } from "node:crypto";
import type { Actor } from "~/domain/access/permissions";
import { prisma } from "~/utils/db.server";

export const uid = () => randomUUID().slice(0, 8);

export async function actor(role: "ADMIN" | "CASEWORKER" = "ADMIN"): Promise<Actor> {
  const user = await prisma.user.create({
    data: { email: `dira-${uid()}@example.net`, name: `Admin ${uid()}`, role },
    select: { id: true },
  });
  return { id: user.id, role, active: true, secondFactorVerified: true };
}

export async function organization(kind: "AGENCY" | "PARTNER" | "AUTHORITY" = "AUTHORITY") {
  return prisma.organization.create({
    data: { hsdsId: randomUUID(), kind, name: `Amt ${uid()}` },
    select: { id: true, name: true },
  });
}

export async function revisions(entityId: string) {
  return prisma.contentRevision.findMany({
    where: { entityId },
    orderBy: [{ changedAt: "asc" }, { id: "asc" }],
  });
}
