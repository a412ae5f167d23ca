// The details step of booking: what the page needs (the picked time, the
// office, what to fill in from the draft or the account) and storing the
// submitted details in the draft.
import { z } from "zod";
import { prisma } from "~/utils/db.server";
import { pickStillFree, toPick } from "./citizen.server";
import { newDraftData, readDraft, retarget, saveDraft, type DraftPick } from "./draft.server";
import { isChannel } from "./rules";
import { topicByKey } from "./topics.server";

const SLUG = /^[a-z0-9-]{1,100}$/;

export interface Citizen {
  id: string;
  name: string;
  email: string;
}

function pickFrom(params: URLSearchParams): DraftPick | null {
  const start = params.get("start") ?? "";
  const channel = params.get("channel");
  const office = params.get("office") ?? "";
  const language = params.get("language");
  if (!z.string().datetime().safeParse(start).success || !isChannel(channel) || !office)
    return null;
  return { startsAt: start, officeId: office, channel, language: language || null };
}

export async function officeFacts(officeId: string) {
  return prisma.office.findUnique({
    where: { id: officeId },
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
    },
  });
}

export async function detailsPageData(
  request: Request,
  topicKey: string,
  params: URLSearchParams,
  user: Citizen | null,
) {
  const topic = /^[a-z0-9-]{1,60}$/.test(topicKey) ? await topicByKey(topicKey) : null;
  if (!topic) return "notFound" as const;
  const pick = pickFrom(params);
  if (!pick || !topic.channels.includes(pick.channel)) return "badPick" as const;
  const office = await officeFacts(pick.officeId);
  if (!office) return "badPick" as const;
  const service = SLUG.test(params.get("service") ?? "") ? params.get("service") : null;
  const draft = await readDraft(request, user?.id ?? null);
  const details = draft?.data.details;
  const defaults = {
    name: details?.name || user?.name || "",
    email: details?.email || "",
    phone: details?.phone || "",
    reason: details?.reason || draft?.data.handoffReason || "",
    interpreter: details?.interpreter ? "on" : "",
    interpreterLanguage: details?.interpreterLanguage || "",
    accessibility: details?.accessibility || "",
  };
  const slotQuery: Record<string, string> = { channel: pick.channel, office: pick.officeId };
  if (pick.language) slotQuery.language = pick.language;
  if (service) slotQuery.service = service;
  const startsAt = new Date(pick.startsAt);
  return {
    topic: topic.key,
    service,
    pick: {
      ...pick,
      endsAt: new Date(startsAt.getTime() + topic.durationMinutes * 60_000).toISOString(),
    },
    office,
    stillFree: await pickStillFree(topic.key, toPick(pick)),
    defaults,
    account: user ? { email: user.email } : null,
    slotQuery,
  };
}

export interface DetailsValue {
  start: string;
  office: string;
  channel: DraftPick["channel"];
  language?: string;
  service?: string;
  name: string;
  email?: string;
  phone: string;
  reason: string;
  interpreter: boolean;
  interpreterLanguage: string;
  accessibility: string;
}

/** Stores the details and the picked time in the draft (starting one if needed). */
export async function storeDetails(
  request: Request,
  topicKey: string,
  value: DetailsValue,
  user: Citizen | null,
) {
  const topic = /^[a-z0-9-]{1,60}$/.test(topicKey) ? await topicByKey(topicKey) : null;
  if (!topic) return null;
  const service = value.service && SLUG.test(value.service) ? value.service : null;
  const draft = await readDraft(request, user?.id ?? null);
  const base = retarget(draft?.data ?? newDraftData(topic.key, service), topic.key, service);
  return saveDraft(request, user?.id ?? null, {
    ...base,
    pick: {
      startsAt: value.start,
      officeId: value.office,
      channel: value.channel,
      language: value.language || null,
    },
    details: {
      name: value.name,
      email: user ? user.email : (value.email ?? ""),
      phone: value.phone,
      reason: value.reason,
      interpreter: value.interpreter,
      interpreterLanguage: value.interpreter ? value.interpreterLanguage : "",
      accessibility: value.accessibility,
    },
  });
}
