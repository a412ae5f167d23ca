// The one call routes make before touching a record: decide (permissions.ts)
// and, for case content, leave the audit row in the same breath.
import type { AppLoadContext } from "@remix-run/node";
import {
  auditAction,
  can,
  ForbiddenError,
  isCaseContent,
  type Actor,
  type ActionOn,
  type Resource,
} from "~/domain/access/permissions";
import { writeAudit } from "~/utils/audit.server";

type Audited = {
  entityType: string;
  entityId: string;
  caseId?: string | null;
  subjectUserId?: string | null;
};

/** Throws a 403 response (rendered by the error boundary) unless the access is allowed. */
export function guard<R extends Resource>(
  actor: Actor | null,
  action: NoInfer<ActionOn<R>>,
  resource: R,
): void {
  if (!can(actor, action, resource)) throw forbidden();
}

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}

/** Runs domain code that checks access itself; its ForbiddenError becomes a 403 response. */
export async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ForbiddenError) throw forbidden();
    throw error;
  }
}

/**
 * Throws a 403 response unless `actor` may do `action` on `resource`;
 * writes an audit row when the resource is case content (reads and changes alike).
 */
export async function authorize<R extends Resource>(
  actor: Actor | null,
  action: NoInfer<ActionOn<R>>,
  resource: R,
  record: Audited,
  context?: Pick<AppLoadContext, "clientIp">,
): Promise<void> {
  guard(actor, action, resource);
  if (isCaseContent(resource)) {
    await writeAudit({
      actor: actor ? { id: actor.id, role: actor.role } : null,
      action: auditAction(action, resource),
      entityType: record.entityType,
      entityId: record.entityId,
      caseId: record.caseId ?? null,
      subjectUserId: record.subjectUserId ?? null,
      ipAddress: context?.clientIp ?? null,
    });
  }
}
