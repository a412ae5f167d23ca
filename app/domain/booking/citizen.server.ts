// What the citizen's booking pages do, between the HTTP edge and the booking
// core: the documents to bring, placing the booking of a draft (with the daily
// limit per address), the citizen's view of one appointment, and the changes
// a citizen may make (confirm, cancel or move until the cutoff, prepare).
import type { Prisma } from "~/generated/prisma/client";
import type { Language } from "~/i18n";
import { catalog } from "~/domain/directory/catalog.server";
import { bookingSettings } from "~/domain/scheduling-admin/settings.server";
import { prisma } from "~/utils/db.server";
import { getFixedT } from "~/utils/i18n.server";
import { bookPick, staffFreeFor, type SlotPick } from "./availability.server";
import type { BookingResult } from "./book.server";
import { cancelAppointment, rescheduleAppointment } from "./change.server";
import { newDraftData, type DraftData, type DraftDocument } from "./draft.server";
import { confirmHold } from "./holds.server";
import { manageLinkToken, manageTokenHashOf } from "./manage-link.server";
import { notifyAppointment } from "./notify.server";
import { videoUrlOf, type Channel } from "./rules";
import { offerFreedTime } from "./waitlist.server";

/** The documents to bring: the service's, the help finder's, else the general ones. */
export async function documentsFor(data: DraftData, lang: Language): Promise<DraftDocument[]> {
  const list: DraftDocument[] = [];
  const seen = new Set<string>();
  const add = (doc: DraftDocument) => {
    const key = doc.title.trim().toLowerCase();
    if (!key || seen.has(key)) return;
    seen.add(key);
    list.push(doc);
  };
  if (data.serviceSlug) {
    const service = (await catalog(lang)).services.get(data.serviceSlug);
    for (const d of service?.documents ?? [])
      add({ title: d.title.text, note: d.note.text || undefined });
  }
  for (const d of data.documents) add(d);
  if (list.length === 0) {
    const t = getFixedT(lang, "booking");
    add({ title: t("documents.general.id") });
    add({ title: t("documents.general.letters") });
    add({ title: t("documents.general.income") });
  }
  return list;
}

export interface Person {
  /** The logged-in citizen, if any. */
  userId: string | null;
  name: string;
  email: string;
  phone: string;
}

export type PlaceResult = BookingResult | { ok: false; reason: "limit" };

/** Bookings one address may make per day without the front desk (booking.dailyLimitPerEmail). */
async function overDailyLimit(email: string, now: Date): Promise<boolean> {
  const { dailyLimitPerEmail } = await bookingSettings();
  const count = await prisma.appointment.count({
    where: {
      citizenEmail: email.trim().toLowerCase(),
      bookedById: null,
      createdAt: { gt: new Date(now.getTime() - 86_400_000) },
    },
  });
  return count >= dailyLimitPerEmail;
}

/** Books what the draft holds; mails the confirmation (or, for a guest, the link to confirm). */
export async function placeBooking(
  data: DraftData,
  person: Person,
  lang: Language,
  now = new Date(),
): Promise<PlaceResult> {
  const { pick, details } = data;
  if (!pick || !details) return { ok: false, reason: "invalid", issues: ["notOffered"] };
  if (await overDailyLimit(person.email, now)) return { ok: false, reason: "limit" };
  const service = data.serviceSlug
    ? await prisma.service.findUnique({ where: { slug: data.serviceSlug }, select: { id: true } })
    : null;
  const documents = await documentsFor(data, lang);
  const result = await bookPick(
    toPick(pick),
    {
      booker: person.userId ? { kind: "citizen", userId: person.userId } : { kind: "guest" },
      topicKey: data.topic,
      citizenName: person.name,
      citizenEmail: person.email,
      citizenPhone: person.phone || null,
      reason: details.reason || null,
      locale: lang,
      languageNeeds: details.interpreter
        ? details.interpreterLanguage || null
        : (pick.language ?? null),
      interpreterNeeded: details.interpreter,
      accessibilityNeeds: details.accessibility || null,
      serviceId: service?.id ?? null,
      documents,
    },
    { now },
  );
  if (result.ok) {
    await notifyAppointment({
      kind: result.appointment.status === "HELD" ? "held" : "confirmed",
      appointmentId: result.appointment.id,
    });
  }
  return result;
}

export function toPick(pick: DraftData["pick"] & object): SlotPick {
  return {
    startsAt: new Date(pick.startsAt),
    officeId: pick.officeId,
    channel: pick.channel,
    language: pick.language ?? null,
  };
}

/** Whether anyone is still free for a pick (the details page warns early). */
export async function pickStillFree(topic: string, pick: SlotPick, now = new Date()) {
  return (await staffFreeFor(topic, pick, { now })).length > 0;
}

const viewSelect = {
  id: true,
  staffId: true,
  officeId: true,
  topicId: true,
  reference: true,
  status: true,
  startsAt: true,
  endsAt: true,
  channel: true,
  topicLabel: true,
  sensitive: true,
  citizenId: true,
  citizenName: true,
  citizenEmail: true,
  citizenPhone: true,
  reason: true,
  documents: true,
  preparationTopics: true,
  preparationReady: true,
  preparedAt: true,
  holdExpiresAt: true,
  cancelReason: true,
  cancelledByStaff: true,
  interpreterNeeded: true,
  languageNeeds: true,
  accessibilityNeeds: true,
  locale: true,
  topic: { select: { key: true } },
  staff: { select: { videoUrl: true } },
  office: {
    select: {
      id: true,
      name: true,
      street: true,
      postalCode: true,
      city: true,
      phone: true,
      lat: true,
      lng: true,
      accessibility: true,
      videoUrl: true,
    },
  },
} as const;

function parseList<T>(json: string | null, guard: (v: unknown) => v is T): T[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter(guard) : [];
  } catch {
    return [];
  }
}

const isDocument = (v: unknown): v is DraftDocument =>
  typeof v === "object" && v !== null && typeof (v as DraftDocument).title === "string";
const isString = (v: unknown): v is string => typeof v === "string";

export type CitizenAppointment = NonNullable<Awaited<ReturnType<typeof citizenAppointment>>>;

/**
 * One appointment as its citizen sees it (their own topic, also a sensitive
 * one: it is theirs), with the manage link token and whether it may still be
 * changed online.
 */
export async function citizenAppointment(id: string, now = new Date()) {
  return viewOf(await prisma.appointment.findUnique({ where: { id }, select: viewSelect }), now);
}

/** The same, found by its private manage link (one query). */
export async function citizenAppointmentByToken(token: string, now = new Date()) {
  const hash = manageTokenHashOf(token);
  if (!hash) return null;
  const row = await prisma.appointment.findUnique({
    where: { manageTokenHash: hash },
    select: viewSelect,
  });
  return viewOf(row, now);
}

type ViewRow = Prisma.AppointmentGetPayload<{ select: typeof viewSelect }>;

async function viewOf(row: ViewRow | null, now: Date) {
  if (!row) return null;
  const { citizenCutoffHours } = await bookingSettings();
  const cutoff = new Date(row.startsAt.getTime() - citizenCutoffHours * 3_600_000);
  const open = row.status === "HELD" || row.status === "BOOKED";
  const { staff, office, topic, documents, preparationReady, ...rest } = row;
  return {
    ...rest,
    topicKey: topic?.key ?? row.topicLabel,
    /** Appointments from before booking topics existed cannot be moved online. */
    hasTopic: topic !== null,
    office,
    videoUrl: row.channel === "VIDEO" ? videoUrlOf(staff, office) : null,
    documents: parseList(documents, isDocument),
    preparationReady: parseList(preparationReady, isString),
    manageToken: await manageLinkToken(row.reference),
    cutoffHours: citizenCutoffHours,
    cutoffAt: cutoff,
    changeable: open && now < cutoff,
    upcoming: open && now < row.endsAt,
  };
}

/** Confirms a guest's hold (the mailed link's button); mails the confirmation. */
export async function confirmByCitizen(id: string, now = new Date()) {
  const result = await confirmHold(id, { now });
  if (result.ok) await notifyAppointment({ kind: "confirmed", appointmentId: id });
  return result;
}

export type CitizenChange =
  { ok: true } | { ok: false; reason: "cutoff" | "notChangeable" | "busy" | "notFound" };

/** Cancels until the cutoff; the time goes to the waitlist or back to the calendar at once. */
export async function cancelByCitizen(
  view: CitizenAppointment,
  now = new Date(),
): Promise<CitizenChange> {
  if (!view.changeable) return { ok: false, reason: view.upcoming ? "cutoff" : "notChangeable" };
  const wasBooked = view.status === "BOOKED";
  const result = await cancelAppointment(view.id, { now });
  if (!result.ok) return { ok: false, reason: result.reason };
  if (wasBooked) {
    await notifyAppointment({ kind: "cancelled", appointmentId: view.id });
    await offerFreedTime(freedOf(result.appointment), { now });
  }
  return { ok: true };
}

function freedOf(a: {
  staffId: string;
  officeId: string;
  channel: Channel;
  startsAt: Date;
  topicId: string | null;
}) {
  return {
    staffId: a.staffId,
    officeId: a.officeId,
    channel: a.channel,
    startsAt: a.startsAt,
    topicId: a.topicId,
  };
}

export type MoveResult =
  | { ok: true }
  | {
      ok: false;
      reason: "cutoff" | "notChangeable" | "busy" | "notFound" | "taken" | "citizenOverlap";
    };

/** Moves to another free time of the same topic, until the cutoff; tells the calendar. */
export async function rescheduleByCitizen(
  view: CitizenAppointment,
  pick: SlotPick,
  now = new Date(),
): Promise<MoveResult> {
  // A hold is confirmed first (by the mailed link); only a booked appointment moves.
  if (view.status !== "BOOKED" || !view.hasTopic) return { ok: false, reason: "notChangeable" };
  if (!view.changeable) return { ok: false, reason: view.upcoming ? "cutoff" : "notChangeable" };
  const id = view.id;
  const candidates = await staffFreeFor(view.topicKey, pick, { now });
  let last: MoveResult = { ok: false, reason: "taken" };
  for (const staffId of candidates) {
    const result = await rescheduleAppointment(
      {
        appointmentId: id,
        startsAt: pick.startsAt,
        staffId,
        officeId: pick.officeId,
        channel: pick.channel,
        by: "citizen",
      },
      { now },
    );
    if (result.ok) {
      await notifyAppointment({ kind: "rescheduled", appointmentId: id });
      await offerFreedTime(freedOf(view), { now });
      return { ok: true };
    }
    if (result.reason === "invalid") return { ok: false, reason: "taken" };
    last = { ok: false, reason: result.reason };
    if (result.reason !== "taken") return last;
  }
  return last;
}

export const MAX_PREPARATION = 2000;

/** Stores the preparation questionnaire (shown to the caseworker only). */
export async function savePreparation(
  view: CitizenAppointment,
  answers: { topics: string; ready: string[] },
  now = new Date(),
): Promise<boolean> {
  if (!view.upcoming) return false;
  const known = new Set(view.documents.map((d) => d.title));
  const ready = answers.ready.filter((title) => known.has(title));
  await prisma.appointment.update({
    where: { id: view.id },
    data: {
      preparationTopics: answers.topics.trim().slice(0, MAX_PREPARATION) || null,
      preparationReady: JSON.stringify(ready),
      preparedAt: now,
    },
  });
  return true;
}

/** A logged-in citizen's own appointments, newest first, with their manage tokens. */
export async function appointmentsOf(userId: string) {
  const rows = await prisma.appointment.findMany({
    where: { citizenId: userId },
    orderBy: { startsAt: "desc" },
    take: 100,
    select: {
      id: true,
      reference: true,
      status: true,
      startsAt: true,
      channel: true,
      topicLabel: true,
      topic: { select: { key: true } },
      office: { select: { name: true } },
    },
  });
  return Promise.all(
    rows.map(async ({ topic, office, ...row }) => ({
      ...row,
      topicKey: topic?.key ?? row.topicLabel,
      officeName: office.name,
      manageToken: await manageLinkToken(row.reference),
    })),
  );
}

/** A draft from the help finder's hand-off: its services, reasons and documents. */
export function draftDataFromHandoff(
  topic: string,
  handoff: { serviceSlugs: string[]; reason: string; documents: string[] },
): DraftData {
  return {
    ...newDraftData(topic),
    serviceSlugs: handoff.serviceSlugs,
    handoffReason: handoff.reason,
    documents: handoff.documents.map((title) => ({ title })),
  };
}
