// The review step of booking: what the page shows from the draft, and the
// booking itself with every outcome turned into what the person sees next.
import type { Language } from "~/i18n";
import { documentsFor, placeBooking } from "./citizen.server";
import type { Citizen } from "./details.server";
import { officeFacts } from "./details.server";
import { markBooked, readDraft, saveDraft, type Draft } from "./draft.server";
import { topicByKey } from "./topics.server";

type Redirect = { kind: "redirect"; to: string };

function slotQueryOf(draft: Draft): Record<string, string> {
  const q: Record<string, string> = {};
  const { pick, serviceSlug } = draft.data;
  if (pick) {
    q.channel = pick.channel;
    q.office = pick.officeId;
    if (pick.language) q.language = pick.language;
  }
  if (serviceSlug) q.service = serviceSlug;
  return q;
}

export async function reviewPageData(
  request: Request,
  topicKey: string,
  user: Citizen | null,
  lang: Language,
) {
  const draft = await readDraft(request, user?.id ?? null);
  const topic = /^[a-z0-9-]{1,60}$/.test(topicKey) ? await topicByKey(topicKey) : null;
  if (!topic) return { kind: "redirect", to: "/book" } satisfies Redirect;
  if (draft?.appointmentId) return { kind: "redirect", to: "/book/confirmed" } satisfies Redirect;
  const { pick, details } = draft?.data ?? {};
  if (!draft || draft.data.topic !== topic.key || !pick || !details)
    return { kind: "redirect", to: `/book/${topic.key}` } satisfies Redirect;
  const office = await officeFacts(pick.officeId);
  if (!office) return { kind: "redirect", to: `/book/${topic.key}` } satisfies Redirect;
  const startsAt = new Date(pick.startsAt);
  const slotQuery = slotQueryOf(draft);
  return {
    kind: "page" as const,
    data: {
      topic: topic.key,
      pick: {
        ...pick,
        endsAt: new Date(startsAt.getTime() + topic.durationMinutes * 60_000).toISOString(),
      },
      office,
      details,
      documents: await documentsFor(draft.data, lang),
      guest: !user,
      slotQuery,
      detailsQuery: { ...slotQuery, start: pick.startsAt },
    },
  };
}

export type SubmitOutcome = Redirect | { kind: "error"; error: string; status: number };

export async function submitBooking(
  request: Request,
  topicKey: string,
  user: Citizen | null,
  lang: Language,
): Promise<SubmitOutcome> {
  const draft = await readDraft(request, user?.id ?? null);
  // A replayed or doubled form: the booking is made already.
  if (draft?.appointmentId) return { kind: "redirect", to: "/book/confirmed" };
  if (!draft?.data.pick || !draft.data.details || draft.data.topic !== topicKey)
    return { kind: "redirect", to: `/book/${encodeURIComponent(topicKey)}` };
  const { details } = draft.data;
  const result = await placeBooking(
    draft.data,
    {
      userId: user?.id ?? null,
      name: details.name,
      email: user ? user.email : details.email,
      phone: details.phone,
    },
    lang,
  );
  if (result.ok) {
    await markBooked(draft.id, result.appointment.id);
    return { kind: "redirect", to: "/book/confirmed" };
  }
  const gone =
    result.reason === "invalid" &&
    result.issues.some((i) => i === "notOffered" || i === "tooSoon" || i === "beyondHorizon");
  if (result.reason === "taken" || gone) {
    // The time is gone (taken by someone else, or no longer bookable): keep
    // everything else, pick another time.
    const query = new URLSearchParams({
      ...slotQueryOf(draft),
      [gone ? "gone" : "taken"]: "1",
    });
    await saveDraft(request, user?.id ?? null, { ...draft.data, pick: null });
    return { kind: "redirect", to: `/book/${draft.data.topic}?${query}` };
  }
  switch (result.reason) {
    case "citizenOverlap":
      return { kind: "error", error: "booking:errors.citizenOverlap", status: 409 };
    case "limit":
      return { kind: "error", error: "booking:errors.limit", status: 429 };
    case "busy":
      return { kind: "error", error: "booking:errors.busy", status: 503 };
    default:
      return { kind: "error", error: "booking:errors.invalid", status: 400 };
  }
}
