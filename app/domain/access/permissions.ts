/**
 * Who may do what, record by record (need to know: § 35 SGB I, §§ 67 ff. SGB X).
 * Load the record, describe it as a `Resource`, then ask `can` / `assertCan`.
 * Anything not listed here is denied.
 *
 * Before any rule
 * - Inactive actors: nothing at all (not even public pages; the session should end).
 * - Staff and partners without a verified second factor: only their own account (2FA setup)
 *   and what anonymous visitors may do.
 *
 * Everyone, also anonymous
 * - directory: read published entries.               feedback: create (BITV NRW feedback form).
 * - outbox: read, only when `ctx.demoMode` is true; otherwise nobody.
 * - account: anonymous visitors create a CITIZEN account (self-registration).
 *
 * Citizen (own data only; "own" = `case.citizenId`, `citizenId`, `ownerId` is the citizen)
 * - case: read own.                                   dataCopy: read own (Art. 15 GDPR copy).
 * - supportPlan: read and completeStep on own PUBLISHED versions; drafts stay hidden.
 * - assessment, consultationNote: not on screen (staff working material); they are part of
 *   the Art. 15 copy (`dataCopy`), where the caller applies the exceptions of § 83 SGB X.
 * - message: read own conversations; create on own case, addressed to its caseworker/deputy.
 * - document: read and upload own; delete own only while not attached to a case.
 * - appointment: read, book, cancel own (never tied to another's case).
 * - referral: read own; withdraw active consent.
 * - auditTrail: read own (shown by role through `citizenAuditTrailView`).
 * - account: read and update own.
 *
 * Caseworker (and a team lead who is caseworker or deputy of the case: same rights)
 * - case they are assigned to or named deputy for: read, update; create a case naming
 *   themselves caseworker in their own team.
 * - assessment (special categories too), referral (read, create with active consent, cancel,
 *   withdraw on the citizen's word), document (read, upload, delete), message (read; create
 *   as themselves): of such cases.
 * - supportPlan: read, create; update and publish drafts only (published versions are never
 *   changed, a revision is a new version); completeStep on published versions.
 * - consultationNote: read all notes of such cases; create and update only notes they wrote.
 * - appointment: read, book, cancel where they are the staff member or work on its case;
 *   checkIn / noShow where they are the staff member (video and phone consultations).
 * - caseList: read (scope with `caseListScope`). Never: other caseworkers' cases, directory
 *   or account admin, audit trails.
 *
 * Team lead (own team = `actor.teamId === case.teamId`)
 * - case of own team: read (case header), assign / reassign, create.
 * - auditTrail of a case of own team: read (when a citizen asks who opened the file).
 * - teamFigures of own team: read.                    caseList: read (team scope).
 * - No case content of other people's cases (assessments, notes, plans, documents, messages,
 *   referrals, appointments) and never editing notes written by others.
 *
 * Front desk
 * - appointment: read (only through `frontDeskAppointmentView`), book for anyone, cancel,
 *   checkIn, noShow. Nothing else: no case, case list, referral, note, document, message.
 *
 * Administrator
 * - directory: read drafts, create, update, publish, delete.   feedback: read, update.
 * - account of staff and partners: read, create, update, deactivate, reactivate, but never
 *   deactivate or reactivate themselves. Citizen accounts: none (self-service).
 * - No case content, no appointments, no audit trails of cases.
 *
 * Partner (organisation = `actor.organizationId`)
 * - referral addressed to their organisation while consent is active: read, respond
 *   (accept, decline, propose a date, complete). Withdrawn consent: nothing. Nothing else.
 *
 * Auditing: `isCaseContent` says which accesses (reads AND changes, by anyone) need an audit
 * row; `auditAction` names it. This module decides, the caller writes the row.
 */
import type {
  AccessContext,
  Action,
  ActionOn,
  Actor,
  CaseRef,
  Resource,
  ResourceType,
} from "./types";

export type * from "./types";

/** Thrown by `assertCan`; the route's error boundary renders it as a 403 page. */
export class ForbiddenError extends Error {
  readonly status = 403;
  readonly action: Action;
  readonly resourceType: ResourceType;
  constructor(action: Action, resourceType: ResourceType) {
    // No ids in the message: it may end up in logs or on screen.
    super(`Forbidden: ${resourceType}.${action}`);
    this.name = "ForbiddenError";
    this.action = action;
    this.resourceType = resourceType;
  }
}

export function can<R extends Resource>(
  actor: Actor | null,
  action: NoInfer<ActionOn<R>>,
  resource: R,
  ctx: AccessContext = {},
): boolean {
  if (actor && !actor.active) return false;
  if (isPublic(actor, action, resource, ctx)) return true;
  if (!actor) return false;
  if (actor.role !== "CITIZEN" && !actor.secondFactorVerified) {
    return resource.type === "account" && isOwnAccountAccess(actor, action, resource.id);
  }
  return decide(actor, action, resource);
}

export function assertCan<R extends Resource>(
  actor: Actor | null,
  action: NoInfer<ActionOn<R>>,
  resource: R,
  ctx: AccessContext = {},
): void {
  if (!can(actor, action, resource, ctx)) throw new ForbiddenError(action, resource.type);
}

/** True when this access (read or change) must be written to the audit log. */
export function isCaseContent(resource: Resource): boolean {
  switch (resource.type) {
    case "case":
    case "assessment":
    case "supportPlan":
    case "consultationNote":
    case "referral":
    case "dataCopy":
      return true;
    case "document":
    case "message":
    case "auditTrail":
      return resource.case !== null;
    default:
      return false;
  }
}

/** The action name for the audit row, e.g. "case.read", "supportPlan.update". */
export function auditAction<R extends Resource>(action: NoInfer<ActionOn<R>>, resource: R): string {
  return `${resource.type}.${action}`;
}

export type CaseListScope =
  { kind: "assigned"; userId: string } | { kind: "team"; teamId: string; userId: string };

/**
 * How to filter the case list query (caseworker or deputy = `userId`; team lead: their
 * team plus cases they work on), or null if the actor may not see a case list.
 */
export function caseListScope(actor: Actor | null): CaseListScope | null {
  if (!actor || !can(actor, "read", { type: "caseList" })) return null;
  if (actor.role === "TEAM_LEAD" && actor.teamId) {
    return { kind: "team", teamId: actor.teamId, userId: actor.id };
  }
  return { kind: "assigned", userId: actor.id };
}

function isPublic(actor: Actor | null, action: Action, r: Resource, ctx: AccessContext) {
  switch (r.type) {
    case "directory":
      return action === "read" && r.published;
    case "feedback":
      return action === "create";
    case "outbox":
      return action === "read" && ctx.demoMode === true;
    case "account":
      return actor === null && action === "create" && r.role === "CITIZEN" && r.id === null;
    default:
      return false;
  }
}

function isOwnAccountAccess(actor: Actor, action: Action, accountId: string | null) {
  return accountId === actor.id && (action === "read" || action === "update");
}

/** Caseworker (or team lead doing casework) assigned to the case or named deputy. */
function worksOn(actor: Actor, c: CaseRef): boolean {
  if (actor.role !== "CASEWORKER" && actor.role !== "TEAM_LEAD") return false;
  return c.caseworkerId === actor.id || c.deputyIds.includes(actor.id);
}

function leadsTeamOf(actor: Actor, c: CaseRef): boolean {
  return actor.role === "TEAM_LEAD" && !!actor.teamId && actor.teamId === c.teamId;
}

function ownsCase(actor: Actor, c: CaseRef): boolean {
  return actor.role === "CITIZEN" && c.citizenId === actor.id;
}

function isCitizen(actor: Actor, citizenId: string | null): boolean {
  return actor.role === "CITIZEN" && citizenId === actor.id;
}

function decide(actor: Actor, action: Action, r: Resource): boolean {
  const is = (...actions: Action[]) => actions.includes(action);
  switch (r.type) {
    case "case":
      if (is("read")) return ownsCase(actor, r) || worksOn(actor, r) || leadsTeamOf(actor, r);
      if (is("update")) return worksOn(actor, r);
      if (is("assign")) return leadsTeamOf(actor, r);
      if (is("create")) {
        const ownTeam = r.caseworkerId === actor.id && r.teamId === actor.teamId;
        return (worksOnCases(actor) && ownTeam) || leadsTeamOf(actor, r);
      }
      return false;
    case "assessment":
      return worksOn(actor, r.case);
    case "supportPlan":
      if (is("read")) return worksOn(actor, r.case) || (ownsCase(actor, r.case) && r.published);
      if (is("create")) return worksOn(actor, r.case);
      if (is("update", "publish")) return worksOn(actor, r.case) && !r.published;
      if (is("completeStep")) {
        return r.published && (worksOn(actor, r.case) || ownsCase(actor, r.case));
      }
      return false;
    case "consultationNote":
      if (is("read")) return worksOn(actor, r.case);
      return worksOn(actor, r.case) && r.authorId === actor.id;
    case "document": {
      if (r.case && worksOn(actor, r.case)) return true;
      const ownDocument = isCitizen(actor, r.ownerId) && (!r.case || ownsCase(actor, r.case));
      if (is("read", "create")) return ownDocument;
      return is("delete") && ownDocument && r.case === null;
    }
    case "message": {
      const participant = r.senderId === actor.id || r.recipientId === actor.id;
      if (is("read")) {
        if (r.case === null) return participant;
        return worksOn(actor, r.case) || (participant && ownsCase(actor, r.case));
      }
      if (!is("create") || r.case === null || r.senderId !== actor.id) return false;
      if (worksOn(actor, r.case)) return true;
      const toCaseStaff = [r.case.caseworkerId, ...r.case.deputyIds].includes(r.recipientId);
      return ownsCase(actor, r.case) && toCaseStaff;
    }
    case "auditTrail":
      if (isCitizen(actor, r.subjectUserId)) return r.case === null || ownsCase(actor, r.case);
      return r.case !== null && leadsTeamOf(actor, r.case);
    case "dataCopy":
      return isCitizen(actor, r.citizenId);
    case "appointment": {
      if (actor.role === "FRONT_DESK") return true;
      if (isCitizen(actor, r.citizenId)) {
        return is("read", "book", "cancel") && (!r.caseRef || ownsCase(actor, r.caseRef));
      }
      const ownSchedule = worksOnCases(actor) && r.staffId === actor.id;
      if (is("checkIn", "noShow")) return ownSchedule;
      return ownSchedule || (!!r.caseRef && worksOn(actor, r.caseRef));
    }
    case "referral": {
      const partner = actor.role === "PARTNER" && !!actor.organizationId;
      if (partner && actor.organizationId === r.partnerOrganizationId) {
        return r.consentActive && is("read", "respond");
      }
      if (is("read")) return ownsCase(actor, r.case) || worksOn(actor, r.case);
      if (is("create")) return worksOn(actor, r.case) && r.consentActive;
      if (is("cancel")) return worksOn(actor, r.case);
      if (is("withdraw")) {
        return r.consentActive && (ownsCase(actor, r.case) || worksOn(actor, r.case));
      }
      return false;
    }
    case "directory":
      return actor.role === "ADMIN";
    case "account":
      if (isOwnAccountAccess(actor, action, r.id)) return true;
      if (actor.role !== "ADMIN" || r.role === "CITIZEN") return false;
      if (is("deactivate", "reactivate")) return r.id !== null && r.id !== actor.id;
      return is("read", "update") ? r.id !== null : r.id === null;
    case "feedback":
      return actor.role === "ADMIN";
    case "outbox":
      return false;
    case "caseList":
      return worksOnCases(actor);
    case "teamFigures":
      return actor.role === "TEAM_LEAD" && !!actor.teamId && actor.teamId === r.teamId;
  }
}

function worksOnCases(actor: Actor): boolean {
  return actor.role === "CASEWORKER" || actor.role === "TEAM_LEAD";
}
