// Everything about a booking request but the race: topic, staff, office,
// timing window, the person and the texts. Reads what it needs and returns
// either the issues (for an "invalid" answer) or the plan to write.
import { z } from "zod";
import { isLanguage } from "~/i18n";
import { prisma } from "~/utils/db.server";
import { timingIssue, type Channel, type TimingIssue } from "./rules";
import { topicByKey, type BookingTopicInfo } from "./topics.server";

/** Who books: a logged-in citizen, a person without an account, or staff on someone's behalf. */
export type Booker =
  | { kind: "citizen"; userId: string }
  | { kind: "guest" }
  | { kind: "staff"; userId: string; citizenId?: string | null };

export interface BookingRequest {
  booker: Booker;
  topicKey: string;
  staffId: string;
  officeId: string;
  /** UTC instant on the 5-minute grid; the end is start + the topic's duration. */
  startsAt: Date;
  channel: Channel;
  citizenName: string;
  /** Required for guests (the confirmation link goes there); an account's own address wins. */
  citizenEmail?: string | null;
  citizenPhone?: string | null;
  /** Case content: what the person wants to talk about. */
  reason?: string | null;
  locale?: string;
  languageNeeds?: string | null;
  interpreterNeeded?: boolean;
  accessibilityNeeds?: string | null;
  serviceId?: string | null;
  /** Only staff link an appointment to a case. */
  caseId?: string | null;
  /** Documents to bring, already in the booked language (shown in mails and on the page). */
  documents?: { title: string; note?: string }[];
}

export type BookingIssue =
  | TimingIssue
  | "topic"
  | "staff"
  | "office"
  | "channel"
  | "citizen"
  | "name"
  | "email"
  | "locale"
  | "text"
  | "service"
  | "case"
  | "notOffered";

const email = z.string().trim().toLowerCase().email().max(254);
const TEXT_MAX = 4000;
const DOCUMENTS_MAX = 40_000;

export interface Plan {
  topic: BookingTopicInfo;
  endsAt: Date;
  citizenId: string | null;
  citizenEmail: string | null;
  bookedById: string | null;
  held: boolean;
}

/** Checks everything but the race, reading what it needs; issues or the plan to write. */
export async function planBooking(
  request: BookingRequest,
  now: Date,
): Promise<{ ok: true; plan: Plan } | { ok: false; issues: BookingIssue[] }> {
  const issues: BookingIssue[] = [];
  const { booker } = request;
  const topic = await topicByKey(request.topicKey);
  if (!topic) return { ok: false, issues: ["topic"] };

  const timing = timingIssue(
    request.startsAt,
    topic,
    now,
    booker.kind === "staff" ? "staff" : "citizen",
  );
  if (timing) issues.push(timing);
  if (!topic.channels.includes(request.channel)) issues.push("channel");

  const [staffTopic, office] = await Promise.all([
    prisma.staffTopic.findUnique({
      where: { staffId_topicId: { staffId: request.staffId, topicId: topic.id } },
      select: { staff: { select: { active: true, role: true } } },
    }),
    prisma.office.findUnique({ where: { id: request.officeId }, select: { id: true } }),
  ]);
  const staff = staffTopic?.staff;
  if (!staff?.active || staff.role === "CITIZEN" || staff.role === "PARTNER") issues.push("staff");
  if (!office) issues.push("office");

  const name = request.citizenName.trim();
  if (!name || name.length > 200) issues.push("name");
  if (request.locale !== undefined && !isLanguage(request.locale)) issues.push("locale");
  const texts = [
    request.reason,
    request.languageNeeds,
    request.accessibilityNeeds,
    request.citizenPhone,
  ];
  if (texts.some((t) => (t?.length ?? 0) > TEXT_MAX)) issues.push("text");
  if (JSON.stringify(request.documents ?? []).length > DOCUMENTS_MAX) issues.push("text");

  // The person: an account (whose own address counts) or an address.
  const citizenId =
    booker.kind === "citizen"
      ? booker.userId
      : booker.kind === "staff"
        ? (booker.citizenId ?? null)
        : null;
  let citizenEmail: string | null = null;
  if (citizenId) {
    const account = await prisma.user.findUnique({
      where: { id: citizenId },
      select: { email: true, role: true, active: true },
    });
    if (!account?.active || account.role !== "CITIZEN") issues.push("citizen");
    citizenEmail = account?.email ?? null;
  } else if (request.citizenEmail?.trim()) {
    const parsed = email.safeParse(request.citizenEmail);
    if (parsed.success) citizenEmail = parsed.data;
    else issues.push("email");
  } else if (booker.kind === "guest") {
    issues.push("email");
  }

  if (request.serviceId) {
    const service = await prisma.service.findUnique({
      where: { id: request.serviceId },
      select: { id: true },
    });
    if (!service) issues.push("service");
  }
  if (request.caseId) {
    const kase =
      booker.kind === "staff"
        ? await prisma.case.findUnique({
            where: { id: request.caseId },
            select: { citizenId: true },
          })
        : null;
    if (!kase || (citizenId !== null && kase.citizenId !== citizenId)) issues.push("case");
  }

  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    plan: {
      topic,
      endsAt: new Date(request.startsAt.getTime() + topic.durationMinutes * 60_000),
      citizenId,
      citizenEmail,
      bookedById: booker.kind === "guest" ? null : booker.userId,
      held: booker.kind === "guest",
    },
  };
}
