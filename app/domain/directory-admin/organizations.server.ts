// Partner organisations (debt counselling, addiction help, training
// providers): the only kind of organisation administrators maintain here;
// the agency and the authorities come with the installation.
import { assertCan, type Actor } from "~/domain/access/permissions";
import { bumpDirectoryVersion } from "~/domain/directory/version.server";
import { prisma } from "~/utils/db.server";
import { newHsdsId } from "./db.server";
import type { OrganizationInput } from "./organization-schemas";
import type { Snapshot } from "./revision-diff";
import { writeRevision } from "./revisions.server";
import type { SaveResult } from "./services.server";

const DRAFTS = { type: "directory", published: false } as const;
const PUBLIC = { type: "directory", published: true } as const;
const PARTNER = "PARTNER" as const;

const SELECT = {
  id: true,
  name: true,
  description: true,
  email: true,
  phone: true,
  website: true,
} as const;

export async function listPartnerOrganizations(actor: Actor) {
  assertCan(actor, "read", DRAFTS);
  return prisma.organization.findMany({
    where: { kind: PARTNER },
    orderBy: { name: "asc" },
    select: {
      ...SELECT,
      _count: { select: { offices: true, services: true, users: true } },
    },
  });
}

export async function getPartnerOrganization(actor: Actor, id: string) {
  assertCan(actor, "read", DRAFTS);
  const o = await prisma.organization.findFirst({ where: { id, kind: PARTNER }, select: SELECT });
  if (!o) return null;
  return {
    id: o.id,
    name: o.name,
    values: {
      name: o.name,
      description: o.description,
      email: o.email ?? "",
      phone: o.phone ?? "",
      website: o.website ?? "",
    },
  };
}

/** Creates (id null) or updates a partner organisation; null when not a known partner. */
export async function savePartnerOrganization(
  actor: Actor,
  id: string | null,
  input: OrganizationInput,
): Promise<SaveResult | null> {
  assertCan(actor, id ? "update" : "create", PUBLIC);
  const result = await prisma.$transaction(async (tx) => {
    const before = id
      ? await tx.organization.findFirst({ where: { id, kind: PARTNER }, select: SELECT })
      : null;
    if (id && !before) return null;
    const data = {
      name: input.name,
      description: input.description,
      email: input.email,
      phone: input.phone,
      website: input.website,
    };
    const org = id
      ? await tx.organization.update({ where: { id }, data, select: SELECT })
      : await tx.organization.create({
          data: { hsdsId: newHsdsId(), kind: PARTNER, ...data },
          select: SELECT,
        });
    const { id: orgId, ...snapshot } = org;
    const changed =
      !before ||
      JSON.stringify({ ...before, id: undefined }) !== JSON.stringify({ ...org, id: undefined });
    if (changed) {
      await writeRevision(tx, {
        entityType: "Organization",
        entityId: orgId,
        changedById: actor.id,
        snapshot: snapshot satisfies Snapshot,
      });
    }
    return { ok: true as const, id: orgId, changed };
  });
  if (result?.ok && result.changed) await bumpDirectoryVersion(actor.id);
  return result;
}
