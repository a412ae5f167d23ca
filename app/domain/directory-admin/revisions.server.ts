// The history of directory content: every change writes a ContentRevision with
// a snapshot of the entity after it. Translations are recorded under their
// parent's id with a locale ("ServiceTranslation", serviceId, "en"), so the
// history of a service is one indexed query.
import { assertCan, type Actor } from "~/domain/access/permissions";
import { prisma } from "~/utils/db.server";
import type { Db } from "./db.server";
import { diffSnapshots, parseSnapshot, type FieldChange, type Snapshot } from "./revision-diff";

export type RevisionEntityType =
  | "Service"
  | "ServiceTranslation"
  | "Category"
  | "CategoryTranslation"
  | "LifeSituation"
  | "LifeSituationTranslation"
  | "Office"
  | "Organization";

/** The history pages, by URL segment, and which entity types each shows. */
export const HISTORY_KINDS = {
  services: ["Service", "ServiceTranslation"],
  categories: ["Category", "CategoryTranslation"],
  "life-situations": ["LifeSituation", "LifeSituationTranslation"],
  offices: ["Office"],
  organizations: ["Organization"],
} as const satisfies Record<string, readonly RevisionEntityType[]>;
export type HistoryKind = keyof typeof HISTORY_KINDS;

export function isHistoryKind(value: unknown): value is HistoryKind {
  return typeof value === "string" && Object.hasOwn(HISTORY_KINDS, value);
}

export async function writeRevision(
  db: Db,
  input: {
    entityType: RevisionEntityType;
    entityId: string;
    locale?: string | null;
    changedById: string | null;
    snapshot: Snapshot;
  },
): Promise<void> {
  await db.contentRevision.create({
    data: {
      entityType: input.entityType,
      entityId: input.entityId,
      locale: input.locale ?? null,
      changedById: input.changedById,
      snapshot: JSON.stringify(input.snapshot),
    },
  });
}

export type HistoryEntry = {
  id: string;
  entityType: string;
  locale: string | null;
  changedAt: Date;
  changedBy: string | null;
  /** No earlier revision of the same entity and locale: the changes list every filled field. */
  first: boolean;
  changes: FieldChange[];
};

/**
 * Every revision of one entity (and its translations), newest first, each
 * with its difference to the revision before it of the same locale.
 */
export async function revisionHistory(
  actor: Actor,
  kind: HistoryKind,
  entityId: string,
  limit = 300,
): Promise<HistoryEntry[]> {
  assertCan(actor, "read", { type: "directory", published: false });
  const rows = await prisma.contentRevision.findMany({
    where: { entityType: { in: [...HISTORY_KINDS[kind]] }, entityId },
    orderBy: [{ changedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      entityType: true,
      locale: true,
      changedAt: true,
      snapshot: true,
      changedBy: { select: { name: true } },
    },
  });
  const previous = new Map<string, Snapshot>();
  const entries: HistoryEntry[] = [];
  for (const row of rows) {
    const key = `${row.entityType}|${row.locale ?? ""}`;
    const snapshot = parseSnapshot(row.snapshot);
    const before = previous.get(key) ?? null;
    previous.set(key, snapshot);
    entries.push({
      id: row.id,
      entityType: row.entityType,
      locale: row.locale,
      changedAt: row.changedAt,
      changedBy: row.changedBy?.name ?? null,
      first: before === null,
      changes: diffSnapshots(before, snapshot),
    });
  }
  return entries.reverse().slice(0, limit);
}
