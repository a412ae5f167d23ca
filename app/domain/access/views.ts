// Projections: what a role gets to see of a record it may access. Each view copies an
// allowlist of fields into a new object, so a field added to the model later stays hidden
// until someone adds it here on purpose.
import type { Role } from "./types";

/** The appointment fields the front desk may see (names as in the Prisma `Appointment`). */
export type FrontDeskAppointmentSource = {
  id: string;
  reference: string;
  startsAt: Date | string;
  endsAt: Date | string;
  citizenName: string;
  /** Already neutral for sensitive topics (e.g. "consultation"), by the model's contract. */
  topicLabel: string;
  channel: string;
  /** The citizen's language for mails and conversation. */
  locale: string;
  languageNeeds: string | null;
  interpreterNeeded: boolean;
  accessibilityNeeds: string | null;
  status: string;
  officeId: string;
};

export type FrontDeskAppointment<
  A extends FrontDeskAppointmentSource = FrontDeskAppointmentSource,
> = Pick<A, keyof FrontDeskAppointmentSource>;

/**
 * The front desk's view of an appointment: time, name, neutral topic, channel, language,
 * interpreter and accessibility needs, status, reference, office. Never the reason, the
 * booking answers, notes, contact details, the sensitivity flag or the case id.
 */
export function frontDeskAppointmentView<A extends FrontDeskAppointmentSource>(
  appointment: A,
): FrontDeskAppointment<A> {
  const a = appointment;
  return {
    id: a.id,
    reference: a.reference,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    citizenName: a.citizenName,
    topicLabel: a.topicLabel,
    channel: a.channel,
    locale: a.locale,
    languageNeeds: a.languageNeeds,
    interpreterNeeded: a.interpreterNeeded,
    accessibilityNeeds: a.accessibilityNeeds,
    status: a.status,
    officeId: a.officeId,
  };
}

export type AuditEntrySource = {
  at: Date | string;
  actorId: string | null;
  actorRole: Role | null;
  action: string;
};

export type CitizenAuditEntry = {
  at: Date | string;
  /** Null for system actions (e.g. a scheduled reminder). */
  role: Role | null;
  /** The citizen's own access, so the page can say "you". */
  byYou: boolean;
  action: string;
};

/**
 * The citizen's view of their audit trail: when, which ROLE, what. Staff names and ids,
 * IP addresses and any other column of the audit row stay out.
 */
export function citizenAuditTrailView(
  entries: readonly AuditEntrySource[],
  citizenId: string,
): CitizenAuditEntry[] {
  return entries.map((e) => ({
    at: e.at,
    role: e.actorRole,
    byYou: e.actorId !== null && e.actorId === citizenId,
    action: e.action,
  }));
}
