// What each role sees first in the back office: the day's appointments and
// the figures of its own work, never more than the role may see.
import { can, caseListScope, type Actor } from "~/domain/access/permissions";
import { frontDeskAppointmentView } from "~/domain/access/views";
import { prisma } from "~/utils/db.server";

const DAY_MS = 24 * 60 * 60 * 1000;

const appointmentSelect = {
  id: true,
  reference: true,
  startsAt: true,
  endsAt: true,
  citizenId: true,
  citizenName: true,
  topicLabel: true,
  channel: true,
  locale: true,
  languageNeeds: true,
  interpreterNeeded: true,
  accessibilityNeeds: true,
  status: true,
  staffId: true,
  officeId: true,
  caseId: true,
  office: { select: { name: true } },
} as const;

/** Appointments of the next seven days the actor may see, as the front desk view. */
export async function upcomingAppointments(actor: Actor, now = new Date()) {
  if (actor.role !== "FRONT_DESK" && actor.role !== "CASEWORKER" && actor.role !== "TEAM_LEAD")
    return [];
  const rows = await prisma.appointment.findMany({
    where: {
      startsAt: {
        gte: new Date(now.getTime() - 2 * 60 * 60 * 1000),
        lt: new Date(now.getTime() + 7 * DAY_MS),
      },
      status: { in: ["BOOKED", "CHECKED_IN"] },
      ...(actor.role === "FRONT_DESK" ? {} : { staffId: actor.id }),
    },
    orderBy: { startsAt: "asc" },
    take: 50,
    select: appointmentSelect,
  });
  return rows
    .filter((a) =>
      can(actor, "read", {
        type: "appointment",
        id: a.id,
        citizenId: a.citizenId,
        staffId: a.staffId,
        officeId: a.officeId,
        caseId: a.caseId,
      }),
    )
    .map((a) => ({ ...frontDeskAppointmentView(a), officeName: a.office.name }));
}

/** Open cases by phase for the actor's case list (own or team), without any case content. */
export async function caseCounts(actor: Actor) {
  const scope = caseListScope(actor);
  if (!scope) return null;
  const where =
    scope.kind === "team"
      ? { teamId: scope.teamId }
      : { OR: [{ caseworkerId: scope.userId }, { deputies: { some: { userId: scope.userId } } }] };
  const groups = await prisma.case.groupBy({ by: ["phase"], where, _count: { _all: true } });
  return groups.map((g) => ({ phase: g.phase, count: g._count._all }));
}

/** Caseload per caseworker of the team lead's own team (aggregate figures only). */
export async function teamCaseload(actor: Actor) {
  if (!actor.teamId || !can(actor, "read", { type: "teamFigures", teamId: actor.teamId }))
    return null;
  const members = await prisma.user.findMany({
    where: { teamId: actor.teamId, role: { in: ["CASEWORKER", "TEAM_LEAD"] }, active: true },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      _count: { select: { caseworkerCases: { where: { phase: { not: "CLOSED" } } } } },
    },
  });
  const unassigned = await prisma.case.count({
    where: { teamId: actor.teamId, caseworkerId: null, phase: { not: "CLOSED" } },
  });
  return {
    members: members.map((m) => ({ name: m.name, openCases: m._count.caseworkerCases })),
    unassigned,
  };
}

export async function adminFigures(actor: Actor) {
  if (!can(actor, "read", { type: "feedback" })) return null;
  const [staffAccounts, inactiveAccounts, publishedServices, unreadFeedback] = await Promise.all([
    prisma.user.count({ where: { role: { not: "CITIZEN" }, active: true } }),
    prisma.user.count({ where: { role: { not: "CITIZEN" }, active: false } }),
    prisma.service.count({ where: { status: "PUBLISHED" } }),
    prisma.accessibilityFeedback.count({ where: { readAt: null } }),
  ]);
  return { staffAccounts, inactiveAccounts, publishedServices, unreadFeedback };
}

/** Referrals addressed to the partner's organisation, counted by status. */
export async function partnerReferralCounts(actor: Actor) {
  if (actor.role !== "PARTNER" || !actor.organizationId) return null;
  const groups = await prisma.referral.groupBy({
    by: ["status"],
    where: {
      partnerOrganizationId: actor.organizationId,
      consents: { some: { withdrawnAt: null } },
    },
    _count: { _all: true },
  });
  return groups.map((g) => ({ status: g.status, count: g._count._all }));
}
