// Who may set up availability. The access matrix (app/domain/access/permissions.ts)
// has no resource for it yet, so the rules live here, in one place:
// - Administrators: every staff member's working hours, absences, bookable
//   topics, languages and video room; booking topics, office closures and
//   booking settings.
// - Team leads: the same for the staff of their own team (and themselves),
//   nothing agency-wide (topics, closures, settings are read-only for them).
// - Everyone else: nothing. Inactive actors and staff without a verified
//   second factor: nothing (as in permissions.ts).
import { ForbiddenError, type Actor, type Role } from "~/domain/access/permissions";

/** Staff members whose availability is set up here: the people who hold consultations. */
export const SCHEDULABLE_ROLES = ["CASEWORKER", "TEAM_LEAD"] as const satisfies readonly Role[];

export function isSchedulableRole(role: string): boolean {
  return (SCHEDULABLE_ROLES as readonly string[]).includes(role);
}

export type ScheduleOwner = { id: string; teamId: string | null };

function trusted(actor: Actor | null): actor is Actor {
  return !!actor && actor.active && actor.secondFactorVerified;
}

/** May open the scheduling back office at all (overview; what it lists depends on the role). */
export function canOpenScheduling(actor: Actor | null): boolean {
  return trusted(actor) && (actor.role === "ADMIN" || actor.role === "TEAM_LEAD");
}

/** May read and change this staff member's availability. */
export function canManageStaff(actor: Actor | null, staff: ScheduleOwner): boolean {
  if (!trusted(actor)) return false;
  if (actor.role === "ADMIN") return true;
  if (actor.role !== "TEAM_LEAD") return false;
  return staff.id === actor.id || (!!actor.teamId && actor.teamId === staff.teamId);
}

/** May change agency-wide booking rules: topics, office closures, booking settings. */
export function canAdministerBooking(actor: Actor | null): boolean {
  return trusted(actor) && actor.role === "ADMIN";
}

// A staff member's scheduling data hangs off their account; the ForbiddenError
// names it so (asHttp in ~/utils/access.server turns it into a 403 page).
export function assertOpenScheduling(actor: Actor | null): asserts actor is Actor {
  if (!canOpenScheduling(actor)) throw new ForbiddenError("read", "account");
}

export function assertManageStaff(actor: Actor | null, staff: ScheduleOwner): void {
  if (!canManageStaff(actor, staff)) throw new ForbiddenError("update", "account");
}

export function assertAdministerBooking(actor: Actor | null): asserts actor is Actor {
  if (!canAdministerBooking(actor)) throw new ForbiddenError("update", "directory");
}
