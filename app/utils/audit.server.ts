// Every read or change of case content leaves a row: who, what, which record,
// when (§ 67 ff. SGB X; citizens can see which roles opened their file).
import { prisma } from "~/utils/db.server";

export type AuditEntry = {
  actor: { id: string; role: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  caseId?: string | null;
  subjectUserId?: string | null;
  ipAddress?: string | null;
  details?: Record<string, unknown>;
};

export async function writeAudit(entry: AuditEntry): Promise<void> {
  await prisma.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? "ANONYMOUS",
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      caseId: entry.caseId ?? null,
      subjectUserId: entry.subjectUserId ?? null,
      ipAddress: entry.ipAddress ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    },
  });
}
