// The waitlist: people for whom nothing fits ask to be told of an earlier
// time for a topic (at one office or any). When a booked time frees up
// (cancelled or moved away), it is offered to the people waiting, one at a
// time, in the order they joined: the offer is a HELD appointment, so the
// staff member's time is held by the database's lock rows (README.md) and a
// freed time can never go to two people – not even with two processes offering
// it at once. An offer that is declined or lapses goes to the next person, and
// never back to someone who already had it (the WaitlistOffer rows are the
// history).
//
// The hold lasts OFFER_HOLD_MINUTES, not the HOLD_MINUTES of a guest booking:
// bookAppointment writes a guest hold (we do not change book.server.ts), and
// right after it, in our own transaction, a conditional update (only while the
// row is still HELD) sets the hold's expiry to the offer's and records the
// offer. If the process died in between, the hold would simply expire after
// HOLD_MINUTES like any unconfirmed booking; nothing is left half-done.
//
// Privacy (§ 35 SGB I): whether an address is already on the list is told
// only to its owner – a person without an account always gets "check your
// mailbox", and the mail says what happened. Sensitive topics appear in mails
// only under the neutral label (topicLabelOf).
import { randomUUID } from "node:crypto";
import type { AppointmentChannel, Prisma } from "~/generated/prisma/client";
import { defaultLanguage, directionOf, isLanguage, type Language } from "~/i18n";
import { isSlotFree } from "~/domain/scheduling/slots";
import { prisma } from "~/utils/db.server";
import { sha256 } from "~/utils/crypto.server";
import { env } from "~/utils/env.server";
import { getFixedT } from "~/utils/i18n.server";
import { linkToken, linkTokens } from "~/utils/link-secret.server";
import { queueMail, type OutgoingMail } from "~/utils/mail.server";
import { hit, type Limit } from "~/utils/rate-limit.server";
import { availabilityContext } from "./availability.server";
import { bookAppointment, type BookingIssue } from "./book.server";
import { confirmHold } from "./holds.server";
import { manageLinkToken } from "./manage-link.server";
import { notifyAppointment } from "./notify.server";
import { topicLabelOf, type Channel } from "./rules";
import { topicSelect, toTopicInfo } from "./topics.server";
import { TX_OPTIONS, withRetries } from "./transaction.server";

/** How long an offered time is held for the person it is offered to. */
export const OFFER_HOLD_MINUTES = 120;
/** Entries one e-mail address may have waiting at once. */
export const MAX_ACTIVE_ENTRIES = 3;

/** Join attempts per client IP; the page says "try later". */
export const JOIN_PER_IP: Limit = { max: 10, windowMs: 3_600_000 };
/**
 * Join attempts per address: beyond it nothing is stored or mailed, so the
 * form cannot be used to flood someone's mailbox.
 */
export const JOIN_PER_EMAIL: Limit = { max: 5, windowMs: 3_600_000 };

const TIME_ZONE = "Europe/Berlin";
const TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

export type OfferOutcome = "open" | "accepted" | "declined" | "lapsed";

// ---------------------------------------------------------------------------
// Joining

export interface JoinRequest {
  topicKey: string;
  /** Null: any office. */
  officeId: string | null;
  /** Null: any channel. */
  channel: Channel | null;
  /** Consultation language wished; null: any. */
  language: string | null;
  name: string;
  /** An account's own address (fixed) or the address typed. */
  email: string;
  /** The logged-in citizen, if any: their address is proven, so problems are told directly. */
  citizenId: string | null;
  locale: Language;
}

export type JoinResult =
  /**
   * Stored, or (for a person without an account) answered by mail; the page
   * says "check your mailbox". The link's token only for an account holder
   * (proven address): anyone else gets it by mail only.
   */
  | { ok: true; entryId: string | null; token: string | null }
  | { ok: false; reason: "topic" | "office" | "channel" | "language" }
  /** Only for logged-in citizens (their own address): already waiting, or at the limit. */
  | { ok: false; reason: "duplicate" | "limit" }
  | { ok: false; reason: "rateLimited" };

/**
 * Puts a person on the waitlist and mails them the private link. Checks the
 * choices against the topic's offices, channels and languages. At most
 * MAX_ACTIVE_ENTRIES waiting entries per address, one per (address, topic,
 * office). Those limits are checked inside a transaction that first writes
 * this address's attempt counter (a RateLimitBucket row): the write locks the
 * row (SQLite: the database; PostgreSQL: that row), so two joins of one
 * address run one after the other and cannot both pass the count.
 */
export async function joinWaitlist(
  request: JoinRequest,
  options: { now?: Date; clientIp?: string | null } = {},
): Promise<JoinResult> {
  const now = options.now ?? new Date();
  if (!(await hit(`waitlist:ip:${options.clientIp ?? "unknown"}`, JOIN_PER_IP, now)))
    return { ok: false, reason: "rateLimited" };

  const context = await availabilityContext(request.topicKey, { now });
  if (!context) return { ok: false, reason: "topic" };
  const { topic } = context;
  if (request.officeId && !context.offices.some((o) => o.id === request.officeId))
    return { ok: false, reason: "office" };
  if (request.channel && !topic.channels.includes(request.channel))
    return { ok: false, reason: "channel" };
  if (request.language && !context.languages.includes(request.language))
    return { ok: false, reason: "language" };

  const email = request.email.trim().toLowerCase();
  const owner = request.citizenId !== null;
  const before = await currentAppointmentStart(topic.id, request.citizenId, email, now);
  const windowStart = new Date(
    Math.floor(now.getTime() / JOIN_PER_EMAIL.windowMs) * JOIN_PER_EMAIL.windowMs,
  );
  const bucketKey = `waitlist:email:${email}`;
  // Read the link secret before the transaction, so it never waits on another query.
  const tokenOf = await linkTokens("waitlist");

  type Decision =
    | { kind: "created"; entryId: string }
    | { kind: "duplicate" | "limit"; entryIds: string[] }
    | { kind: "flooded" };
  const result = await withRetries<Decision, never>(() =>
    prisma.$transaction(async (tx) => {
      const bucket = await tx.rateLimitBucket.upsert({
        where: { key_windowStart: { key: bucketKey, windowStart } },
        create: { key: bucketKey, windowStart, count: 1 },
        update: { count: { increment: 1 } },
        select: { count: true },
      });
      if (bucket.count > JOIN_PER_EMAIL.max) return { kind: "flooded" as const };
      const waiting = await tx.waitlistEntry.findMany({
        where: { email, status: "WAITING" },
        orderBy: { createdAt: "asc" },
        select: { id: true, topicId: true, officeId: true },
      });
      const same = waiting.filter(
        (e) => e.topicId === topic.id && e.officeId === (request.officeId ?? null),
      );
      if (same.length) return { kind: "duplicate" as const, entryIds: same.map((e) => e.id) };
      if (waiting.length >= MAX_ACTIVE_ENTRIES)
        return { kind: "limit" as const, entryIds: waiting.map((e) => e.id) };
      const entry = await tx.waitlistEntry.create({
        data: {
          topicId: topic.id,
          officeId: request.officeId,
          channel: request.channel,
          language: request.language,
          citizenId: request.citizenId,
          name: request.name.trim().slice(0, 200),
          email,
          locale: request.locale,
          // Replaced right below, in the same transaction, once the id is known.
          tokenHash: `pending:${randomUUID()}`,
          before,
        },
        select: { id: true },
      });
      await tx.waitlistEntry.update({
        where: { id: entry.id },
        data: { tokenHash: sha256(tokenOf(entry.id)) },
      });
      return { kind: "created" as const, entryId: entry.id };
    }, TX_OPTIONS),
  );
  if (!result.ok) throw new Error(`waitlist join: database ${result.reason}`);
  const decision = result.value;

  if (decision.kind === "created") {
    const token = tokenOf(decision.entryId);
    await queueMail(await joinedMail(decision.entryId, token));
    return { ok: true, entryId: decision.entryId, token: owner ? token : null };
  }
  if (owner) {
    return { ok: false, reason: decision.kind === "flooded" ? "rateLimited" : decision.kind };
  }
  // Without an account the answer is the same as for a new entry; the mail tells the owner.
  if (decision.kind !== "flooded")
    await queueMail(await notAddedMail(email, request.locale, decision.kind, decision.entryIds));
  return { ok: true, entryId: null, token: null };
}

/**
 * The start of the person's next booked appointment of this topic: only
 * earlier times are worth offering to them (WaitlistEntry.before).
 */
async function currentAppointmentStart(
  topicId: string,
  citizenId: string | null,
  email: string,
  now: Date,
): Promise<Date | null> {
  const next = await prisma.appointment.findFirst({
    where: {
      topicId,
      status: "BOOKED",
      startsAt: { gt: now },
      OR: [{ citizenEmail: email }, ...(citizenId ? [{ citizenId }] : [])],
    },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true },
  });
  return next?.startsAt ?? null;
}

// ---------------------------------------------------------------------------
// Offering a freed time

export interface FreedTime {
  staffId: string;
  officeId: string;
  channel: Channel;
  startsAt: Date;
  topicId: string | null;
}

/** Booking issues that belong to the person, not to the time: try the next person. */
const PERSONAL_ISSUES: ReadonlySet<BookingIssue> = new Set([
  "name",
  "email",
  "locale",
  "text",
  "citizen",
]);

/**
 * Offers a freed time to the first person waiting for it. Call after any
 * cancellation or move-away of a BOOKED future appointment, with the OLD
 * time. The time must still be one citizens can book (the staff member works
 * then, is not absent, the office is open, lead time and horizon) and free.
 * The person: the first WAITING entry by join time whose topic, office (or
 * any), channel (or any), language (the staff member speaks it, or any) and
 * `before` fit, and whose address has neither had an offer of this time
 * (staff member and start) nor holds an open offer now.
 *
 * Returns the new offer's id, or null when nobody got it. Never throws: the
 * caller's cancellation has already happened (faults are logged).
 */
export async function offerFreedTime(
  freed: FreedTime,
  options: { now?: Date } = {},
): Promise<string | null> {
  try {
    return await offerTime(freed, options.now ?? new Date());
  } catch (error) {
    console.error("waitlist: offering a freed time failed", error);
    return null;
  }
}

async function offerTime(freed: FreedTime, now: Date): Promise<string | null> {
  if (!freed.topicId) return null;
  const row = await prisma.bookingTopic.findUnique({
    where: { id: freed.topicId },
    select: topicSelect,
  });
  if (!row?.active) return null;
  const topic = toTopicInfo(row);
  if (freed.startsAt.getTime() < now.getTime() + topic.leadTimeMinutes * 60_000) return null;

  // Still offered to citizens and free (working hours, absences, closures, buffers)?
  const context = await availabilityContext(topic.key, {
    now,
    staffIds: [freed.staffId],
    filters: { officeId: freed.officeId, channel: freed.channel },
  });
  const staff = context?.query.staff[0];
  if (!context || !staff) return null;
  const free = isSlotFree(context.query, {
    staffId: freed.staffId,
    officeId: freed.officeId,
    startsAt: freed.startsAt,
    channel: freed.channel,
  });
  if (!free) return null;

  const candidates = await prisma.waitlistEntry.findMany({
    where: {
      topicId: topic.id,
      status: "WAITING",
      AND: [
        { OR: [{ officeId: null }, { officeId: freed.officeId }] },
        { OR: [{ channel: null }, { channel: freed.channel }] },
        { OR: [{ language: null }, { language: { in: [...staff.languages] } }] },
        { OR: [{ before: null }, { before: { gt: freed.startsAt } }] },
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, name: true, email: true, locale: true, citizenId: true },
  });
  if (candidates.length === 0) return null;
  const had = await prisma.waitlistOffer.findMany({
    where: {
      entry: { email: { in: [...new Set(candidates.map((c) => c.email))] } },
      OR: [{ staffId: freed.staffId, startsAt: freed.startsAt }, { outcome: "open" }],
    },
    select: { entry: { select: { email: true } } },
  });
  const skip = new Set(had.map((o) => o.entry.email));

  const expiresAt = new Date(
    Math.min(now.getTime() + OFFER_HOLD_MINUTES * 60_000, freed.startsAt.getTime()),
  );
  for (const entry of candidates) {
    if (skip.has(entry.email)) continue;
    const booked = await bookAppointment(
      {
        booker: { kind: "guest" },
        topicKey: topic.key,
        staffId: freed.staffId,
        officeId: freed.officeId,
        startsAt: freed.startsAt,
        channel: freed.channel,
        citizenName: entry.name,
        citizenEmail: entry.email,
        locale: isLanguage(entry.locale) ? entry.locale : defaultLanguage,
      },
      { now },
    );
    if (!booked.ok) {
      // citizenOverlap (never for a hold today) and a problem with this person's
      // stored details: the next person may fit. "taken": the staff member's time
      // went to someone else (or another process's offer) – it is gone for all.
      const personal =
        booked.reason === "citizenOverlap" ||
        (booked.reason === "invalid" && booked.issues.every((i) => PERSONAL_ISSUES.has(i)));
      if (personal) {
        skip.add(entry.email);
        continue;
      }
      return null;
    }
    const offerId = await recordOffer(booked.appointment.id, entry, freed, expiresAt);
    if (!offerId) return null;
    await queueMail(await offerMail(offerId));
    return offerId;
  }
  return null;
}

/** Lengthens the fresh hold to the offer's expiry and records the offer, in one transaction. */
async function recordOffer(
  appointmentId: string,
  entry: { id: string; citizenId: string | null },
  freed: FreedTime,
  expiresAt: Date,
): Promise<string | null> {
  const result = await withRetries<string | null, never>(() =>
    prisma.$transaction(async (tx) => {
      const { count } = await tx.appointment.updateMany({
        where: { id: appointmentId, status: "HELD" },
        // An account holder's offer belongs to the account (their appointment list,
        // their own time locked when they accept).
        data: { holdExpiresAt: expiresAt, citizenId: entry.citizenId },
      });
      if (count === 0) return null;
      const created = await tx.waitlistOffer.create({
        data: {
          entryId: entry.id,
          staffId: freed.staffId,
          officeId: freed.officeId,
          channel: freed.channel,
          startsAt: freed.startsAt,
          appointmentId,
          outcome: "open",
          expiresAt,
        },
        select: { id: true },
      });
      return created.id;
    }, TX_OPTIONS),
  );
  return result.ok ? result.value : null;
}

/** Deletes an offer's hold if it is still unconfirmed (like releaseExpiredHolds: it never was an appointment). */
async function releaseHold(appointmentId: string | null): Promise<void> {
  if (!appointmentId) return;
  await prisma.appointment.deleteMany({ where: { id: appointmentId, status: "HELD" } });
}

interface ClaimedOffer {
  id: string;
  staffId: string;
  officeId: string;
  channel: AppointmentChannel;
  startsAt: Date;
  appointmentId: string | null;
  entry: { topicId: string };
}

const claimedSelect = {
  id: true,
  staffId: true,
  officeId: true,
  channel: true,
  startsAt: true,
  appointmentId: true,
  entry: { select: { topicId: true } },
} as const satisfies Prisma.WaitlistOfferSelect;

/**
 * Ends an open offer with `outcome`, if nobody ended it first (a conditional
 * update: of two processes, exactly one wins), releases its hold and offers
 * the time to the next person. Whether this caller won.
 */
async function endOffer(
  offer: ClaimedOffer,
  outcome: "declined" | "lapsed",
  now: Date,
): Promise<boolean> {
  const { count } = await prisma.waitlistOffer.updateMany({
    where: { id: offer.id, outcome: "open" },
    data: { outcome },
  });
  if (count === 0) return false;
  await releaseHold(offer.appointmentId);
  await offerFreedTime(
    {
      staffId: offer.staffId,
      officeId: offer.officeId,
      channel: offer.channel,
      startsAt: offer.startsAt,
      topicId: offer.entry.topicId,
    },
    { now },
  );
  return true;
}

/**
 * Offers whose time ran out: each is claimed ("open" → "lapsed", only where it
 * is still open, so two processes never both pass it on), its hold deleted
 * and its time offered to the next person. Returns how many lapsed offers
 * this call passed on. The booking job runs it every minute, before
 * releaseExpiredHolds.
 */
export async function reofferLapsed(now: Date = new Date()): Promise<number> {
  const due = await prisma.waitlistOffer.findMany({
    where: { outcome: "open", expiresAt: { lte: now } },
    orderBy: { expiresAt: "asc" },
    take: 100,
    select: claimedSelect,
  });
  let passedOn = 0;
  for (const offer of due) if (await endOffer(offer, "lapsed", now)) passedOn++;
  return passedOn;
}

// ---------------------------------------------------------------------------
// The person's private page: see the entry, accept or decline an offer, leave.

export interface WaitlistOfferView {
  id: string;
  startsAt: Date;
  expiresAt: Date;
  channel: Channel;
  office: { name: string; street: string; postalCode: string; city: string };
}

export interface WaitlistEntryView {
  id: string;
  status: "WAITING" | "BOOKED" | "LEFT";
  topicKey: string;
  office: { id: string; name: string } | null;
  channel: Channel | null;
  language: string | null;
  before: Date | null;
  createdAt: Date;
  /** Open offers that can still be accepted (usually one). */
  openOffers: WaitlistOfferView[];
  /** The appointment booked through an offer, with its manage link's token. */
  booked: { startsAt: Date; reference: string; manageToken: string } | null;
}

/** The entry a private link belongs to, or null. */
export async function findEntryByToken(token: string): Promise<{ id: string } | null> {
  if (!TOKEN.test(token)) return null;
  return prisma.waitlistEntry.findUnique({
    where: { tokenHash: sha256(token) },
    select: { id: true },
  });
}

/** What the private page shows about an entry. */
export async function entryView(
  entryId: string,
  options: { now?: Date } = {},
): Promise<WaitlistEntryView | null> {
  const now = options.now ?? new Date();
  const entry = await prisma.waitlistEntry.findUnique({
    where: { id: entryId },
    select: {
      id: true,
      status: true,
      channel: true,
      language: true,
      before: true,
      createdAt: true,
      topic: { select: { key: true } },
      office: { select: { id: true, name: true } },
      offers: {
        where: {
          OR: [{ outcome: "open", expiresAt: { gt: now } }, { outcome: "accepted" }],
        },
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          outcome: true,
          startsAt: true,
          expiresAt: true,
          channel: true,
          officeId: true,
          appointment: { select: { reference: true, startsAt: true, status: true } },
        },
      },
    },
  });
  if (!entry) return null;
  const officeIds = [...new Set(entry.offers.map((o) => o.officeId))];
  const offices = await prisma.office.findMany({
    where: { id: { in: officeIds } },
    select: { id: true, name: true, street: true, postalCode: true, city: true },
  });
  const officeOf = (id: string) => {
    const o = offices.find((x) => x.id === id);
    return o
      ? { name: o.name, street: o.street, postalCode: o.postalCode, city: o.city }
      : { name: "", street: "", postalCode: "", city: "" };
  };
  const accepted = entry.offers.find(
    (o) => o.outcome === "accepted" && o.appointment && o.appointment.status !== "CANCELLED",
  );
  return {
    id: entry.id,
    status: entry.status,
    topicKey: entry.topic.key,
    office: entry.office,
    channel: entry.channel,
    language: entry.language,
    before: entry.before,
    createdAt: entry.createdAt,
    openOffers:
      entry.status === "WAITING"
        ? entry.offers
            .filter((o) => o.outcome === "open" && o.appointment?.status === "HELD")
            .map((o) => ({
              id: o.id,
              startsAt: o.startsAt,
              expiresAt: o.expiresAt,
              channel: o.channel,
              office: officeOf(o.officeId),
            }))
        : [],
    booked:
      accepted?.appointment != null
        ? {
            startsAt: accepted.appointment.startsAt,
            reference: accepted.appointment.reference,
            manageToken: await manageLinkToken(accepted.appointment.reference),
          }
        : null,
  };
}

export type AcceptResult =
  | { ok: true; appointmentId: string; reference: string }
  | { ok: false; reason: "notFound" | "expired" | "citizenOverlap" | "busy" };

/**
 * Accepts an open offer: the hold is confirmed (confirmHold: the person's own
 * time locked now), the offer "accepted", the entry BOOKED, and the usual
 * confirmation mail goes out. Other open offers of the entry are released
 * and passed on; the person's other waiting entries for the topic now only
 * want times before this one.
 */
export async function acceptOffer(
  entryId: string,
  offerId: string,
  options: { now?: Date } = {},
): Promise<AcceptResult> {
  const now = options.now ?? new Date();
  const offer = await prisma.waitlistOffer.findFirst({
    where: { id: offerId, entryId, outcome: "open", entry: { status: "WAITING" } },
    select: {
      ...claimedSelect,
      expiresAt: true,
      entry: { select: { topicId: true, email: true } },
    },
  });
  if (!offer) return { ok: false, reason: "notFound" };
  if (!offer.appointmentId || offer.expiresAt.getTime() <= now.getTime())
    return { ok: false, reason: "expired" };
  const confirmed = await confirmHold(offer.appointmentId, { now });
  if (!confirmed.ok)
    return { ok: false, reason: confirmed.reason === "notFound" ? "expired" : confirmed.reason };
  const appointment = confirmed.appointment;

  // The appointment is booked: that is the truth the offer records, even if a
  // lapse job claimed the offer a moment ago (it found the hold confirmed and
  // the time taken, so it passed nothing on).
  await prisma.$transaction([
    prisma.waitlistOffer.update({ where: { id: offer.id }, data: { outcome: "accepted" } }),
    prisma.waitlistEntry.update({ where: { id: entryId }, data: { status: "BOOKED" } }),
    prisma.waitlistEntry.updateMany({
      where: {
        email: offer.entry.email,
        topicId: offer.entry.topicId,
        status: "WAITING",
        OR: [{ before: null }, { before: { gt: appointment.startsAt } }],
      },
      data: { before: appointment.startsAt },
    }),
  ]);
  const others = await prisma.waitlistOffer.findMany({
    where: { entryId, outcome: "open", id: { not: offer.id } },
    select: claimedSelect,
  });
  for (const other of others) await endOffer(other, "declined", now);
  try {
    await notifyAppointment({ kind: "confirmed", appointmentId: appointment.id });
  } catch (error) {
    // The appointment is booked; the page shows it and its manage link.
    console.error("waitlist: confirmation mail failed", error);
  }
  return { ok: true, appointmentId: appointment.id, reference: appointment.reference };
}

/** Declines an open offer: its hold is released and the time offered to the next person. */
export async function declineOffer(
  entryId: string,
  offerId: string,
  options: { now?: Date } = {},
): Promise<{ ok: boolean }> {
  const now = options.now ?? new Date();
  const offer = await prisma.waitlistOffer.findFirst({
    where: { id: offerId, entryId, outcome: "open" },
    select: claimedSelect,
  });
  if (!offer) return { ok: false };
  return { ok: await endOffer(offer, "declined", now) };
}

/** Leaves the list: the entry LEFT, an open offer released and passed on. */
export async function leaveWaitlist(
  entryId: string,
  options: { now?: Date } = {},
): Promise<{ ok: boolean }> {
  const now = options.now ?? new Date();
  const { count } = await prisma.waitlistEntry.updateMany({
    where: { id: entryId, status: "WAITING" },
    data: { status: "LEFT" },
  });
  if (count === 0) return { ok: false };
  const open = await prisma.waitlistOffer.findMany({
    where: { entryId, outcome: "open" },
    select: claimedSelect,
  });
  for (const offer of open) await endOffer(offer, "declined", now);
  return { ok: true };
}

// ---------------------------------------------------------------------------
// Mails (texts: waitlist:mail; greeting, signature and footer: mail)

function languageOr(locale: string): Language {
  return isLanguage(locale) ? locale : defaultLanguage;
}

function entryUrl(lang: Language, token: string): string {
  return new URL(`/${lang}/waitlist/${token}`, env.publicUrl).toString();
}

function formatWhen(lang: Language, date: Date, style: "full" | "time" = "full"): string {
  return new Intl.DateTimeFormat(lang, {
    timeZone: TIME_ZONE,
    ...(style === "full" ? { dateStyle: "full", timeStyle: "short" } : { timeStyle: "short" }),
  }).format(date);
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A mail of paragraphs; a link follows the paragraph at `linkAfter`. */
function compose(
  lang: Language,
  to: string,
  name: string | null,
  subject: string,
  paragraphs: string[],
  links: { after: number; url: string }[],
): OutgoingMail {
  const m = getFixedT(lang, "mail");
  const greeting = name ? m("greeting", { name }) : m("greetingAnonymous");
  const blocks: { text: string; link?: string }[] = [{ text: greeting }];
  paragraphs.forEach((p, i) => {
    blocks.push({ text: p });
    for (const l of links.filter((x) => x.after === i)) blocks.push({ text: l.url, link: l.url });
  });
  blocks.push({ text: m("signature") }, { text: m("footer") });
  const text = blocks.map((b) => b.text).join("\n\n");
  const html = `<!doctype html><html lang="${lang}" dir="${directionOf(lang)}"><body style="font-family:sans-serif;line-height:1.5">
${blocks
  .map((b) =>
    b.link
      ? `<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.link)}</a></p>`
      : `<p>${escapeHtml(b.text).replace(/\n/g, "<br>")}</p>`,
  )
  .join("\n")}
</body></html>`;
  return { to, locale: lang, subject, text, html };
}

async function joinedMail(entryId: string, token: string): Promise<OutgoingMail> {
  const entry = await prisma.waitlistEntry.findUniqueOrThrow({
    where: { id: entryId },
    select: {
      name: true,
      email: true,
      locale: true,
      topic: { select: { key: true, sensitive: true } },
      office: { select: { name: true } },
    },
  });
  const lang = languageOr(entry.locale);
  const t = getFixedT(lang, "waitlist");
  const c = getFixedT(lang, "common");
  const vars = {
    topic: c(`topics.${topicLabelOf(entry.topic)}` as never),
    office: entry.office?.name ?? t("mail.anyOffice"),
    hours: OFFER_HOLD_MINUTES / 60,
  };
  return compose(
    lang,
    entry.email,
    entry.name,
    t("mail.joined.subject", vars),
    [t("mail.joined.intro", vars), t("mail.joined.next", vars), t("mail.joined.action")],
    [{ after: 2, url: entryUrl(lang, token) }],
  );
}

async function notAddedMail(
  email: string,
  locale: Language,
  why: "duplicate" | "limit",
  entryIds: string[],
): Promise<OutgoingMail> {
  const t = getFixedT(locale, "waitlist");
  const paragraphs = [
    why === "duplicate"
      ? t("mail.notAdded.duplicate")
      : t("mail.notAdded.limit", { max: MAX_ACTIVE_ENTRIES }),
    t("mail.notAdded.action"),
    t("mail.notAdded.note"),
  ];
  const links = await Promise.all(
    entryIds.map(async (id) => ({
      after: 1,
      url: entryUrl(locale, await linkToken("waitlist", id)),
    })),
  );
  return compose(locale, email, null, t("mail.notAdded.subject"), paragraphs, links);
}

async function offerMail(offerId: string): Promise<OutgoingMail> {
  const offer = await prisma.waitlistOffer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      startsAt: true,
      expiresAt: true,
      channel: true,
      officeId: true,
      entry: {
        select: {
          id: true,
          name: true,
          email: true,
          locale: true,
          topic: { select: { key: true, sensitive: true } },
        },
      },
    },
  });
  const office = await prisma.office.findUnique({
    where: { id: offer.officeId },
    select: { name: true, street: true, postalCode: true, city: true },
  });
  const lang = languageOr(offer.entry.locale);
  const t = getFixedT(lang, "waitlist");
  const c = getFixedT(lang, "common");
  const vars = {
    topic: c(`topics.${topicLabelOf(offer.entry.topic)}` as never),
    date: formatWhen(lang, offer.startsAt),
    channel: c(`channels.${offer.channel}` as never),
    office: office ? `${office.name}, ${office.street}, ${office.postalCode} ${office.city}` : "",
    expires: formatWhen(lang, offer.expiresAt),
  };
  const token = await linkToken("waitlist", offer.entry.id);
  return compose(
    lang,
    offer.entry.email,
    offer.entry.name,
    t("mail.offer.subject", vars),
    [
      t("mail.offer.intro", vars),
      t("mail.offer.details", vars),
      t("mail.offer.action", vars),
      t("mail.offer.note"),
    ],
    [{ after: 2, url: entryUrl(lang, token) }],
  );
}
