// A booking in progress, kept on the server (BookingDraft): the topic, the
// service it is about, what the help finder handed over (reason, documents),
// the picked time and the typed details. The browser holds only a random
// token in a cookie, so nothing personal travels in a URL, and when the picked
// time is taken the person picks another one without typing anything again.
import { createCookie } from "@remix-run/node";
import { z } from "zod";
import { prisma } from "~/utils/db.server";
import { randomToken, sha256 } from "~/utils/crypto.server";
import { env } from "~/utils/env.server";
import { CHANNELS } from "./rules";

/** A draft lives a working afternoon; the cookie as long. */
export const DRAFT_HOURS = 4;
export const MAX_REASON = 2000;
export const MAX_NOTE = 500;

export const draftCookie = createCookie(env.secureCookies ? "__Host-booking" : "booking", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: env.secureCookies,
  maxAge: DRAFT_HOURS * 3600,
});

const DocumentSchema = z.object({
  title: z.string().max(300),
  note: z.string().max(1000).optional(),
});
export type DraftDocument = z.infer<typeof DocumentSchema>;

export const PickSchema = z.object({
  startsAt: z.string().datetime(),
  officeId: z.string().min(1).max(64),
  channel: z.enum(CHANNELS),
  language: z.string().max(8).nullish(),
});
export type DraftPick = z.infer<typeof PickSchema>;

export const DetailsSchema = z.object({
  name: z.string().max(200),
  email: z.string().max(254).default(""),
  phone: z.string().max(50).default(""),
  reason: z.string().max(MAX_REASON).default(""),
  interpreter: z.boolean().default(false),
  interpreterLanguage: z.string().max(100).default(""),
  accessibility: z.string().max(MAX_NOTE).default(""),
});
export type DraftDetails = z.infer<typeof DetailsSchema>;

const DataSchema = z.object({
  topic: z.string().max(60),
  /** The service page the booking started from, if any. */
  serviceSlug: z.string().max(100).nullish(),
  /** Help finder: the fitting services, and its text of reasons. */
  serviceSlugs: z.array(z.string().max(100)).max(40).default([]),
  handoffReason: z.string().max(MAX_REASON).default(""),
  documents: z.array(DocumentSchema).max(60).default([]),
  pick: PickSchema.nullish(),
  details: DetailsSchema.nullish(),
});
export type DraftData = z.infer<typeof DataSchema>;

export interface Draft {
  id: string;
  data: DraftData;
  appointmentId: string | null;
}

async function tokenOf(request: Request): Promise<string | null> {
  const value: unknown = await draftCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

/**
 * The draft of this browser, if it is still valid and belongs to the person
 * asking (a draft started while logged in is not shown to anyone else; one
 * started without an account is not taken over by an account).
 */
export async function readDraft(
  request: Request,
  userId: string | null,
  now = new Date(),
): Promise<Draft | null> {
  const token = await tokenOf(request);
  if (!token) return null;
  const row = await prisma.bookingDraft.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row || row.expiresAt <= now || row.userId !== userId) return null;
  let json: unknown;
  try {
    json = JSON.parse(row.data);
  } catch {
    return null;
  }
  const parsed = DataSchema.safeParse(json);
  if (!parsed.success) return null;
  return { id: row.id, data: parsed.data, appointmentId: row.appointmentId };
}

/**
 * Stores the draft: updates this browser's draft, or starts a new one and
 * returns the Set-Cookie header to send with the response.
 */
export async function saveDraft(
  request: Request,
  userId: string | null,
  data: DraftData,
  now = new Date(),
): Promise<{ draftId: string; setCookie: string | null }> {
  const payload = JSON.stringify(DataSchema.parse(data));
  const expiresAt = new Date(now.getTime() + DRAFT_HOURS * 3_600_000);
  const existing = await readDraft(request, userId, now);
  if (existing) {
    await prisma.bookingDraft.update({
      where: { id: existing.id },
      data: { data: payload, expiresAt, appointmentId: null },
    });
    return { draftId: existing.id, setCookie: null };
  }
  // Old drafts go when new ones come: no job needed, the index makes it cheap.
  await prisma.bookingDraft.deleteMany({ where: { expiresAt: { lte: now } } });
  const token = randomToken();
  const row = await prisma.bookingDraft.create({
    data: { tokenHash: sha256(token), data: payload, userId, expiresAt },
    select: { id: true },
  });
  return { draftId: row.id, setCookie: await draftCookie.serialize(token) };
}

/** Marks the draft as booked: the confirmation page shows that appointment. */
export async function markBooked(draftId: string, appointmentId: string): Promise<void> {
  await prisma.bookingDraft.update({ where: { id: draftId }, data: { appointmentId } });
}

/** A fresh draft's data for a topic (from a service page or the topic list). */
export function newDraftData(topic: string, serviceSlug: string | null = null): DraftData {
  return DataSchema.parse({ topic, serviceSlug });
}

/** Keeps what was typed and handed over, starts again for another topic or service. */
export function retarget(data: DraftData, topic: string, serviceSlug: string | null): DraftData {
  if (data.topic === topic && (serviceSlug === null || data.serviceSlug === serviceSlug))
    return data;
  return { ...data, topic, serviceSlug: serviceSlug ?? data.serviceSlug, pick: null };
}
