// The data of a page that lists free times (booking, moving an appointment):
// filters read from the query (anything unknown falls back to "any"), the
// days of one page, the first free time, and a link per time.
import { isLocalDate } from "~/domain/scheduling/berlin-time";
import { firstFreeSlot, type Slot } from "~/domain/scheduling/slots";
import { freeSlotsOf, type BookedBy } from "./availability.server";
import { isChannel, type Channel } from "./rules";

export const DAYS_PER_PAGE = 5;
const SLUG = /^[a-z0-9-]{1,100}$/;

export async function slotPageData(
  topicKey: string,
  params: URLSearchParams,
  lang: string,
  options: { base: string; by?: BookedBy; now?: Date; extra?: Record<string, string> },
) {
  if (!/^[a-z0-9-]{1,60}$/.test(topicKey)) return null;
  // First read without filters: which offices, channels and languages exist.
  const all = await freeSlotsOf(topicKey, { now: options.now, by: options.by });
  if (!all) return null;
  const { topic } = all;
  const wanted = params.get("channel");
  const channel: Channel =
    isChannel(wanted) && topic.channels.includes(wanted) ? wanted : topic.channels[0]!;
  const officeId = all.offices.some((o) => o.id === params.get("office"))
    ? params.get("office")!
    : undefined;
  const language = all.languages.includes(params.get("language") ?? "")
    ? params.get("language")!
    : undefined;
  const service = SLUG.test(params.get("service") ?? "") ? params.get("service")! : undefined;
  const result = await freeSlotsOf(topicKey, {
    now: options.now,
    by: options.by,
    filters: { officeId, channel, language },
  });
  const slots = result?.slots ?? { days: [] };

  const query: Record<string, string> = { channel };
  if (officeId) query.office = officeId;
  if (language) query.language = language;
  if (service) query.service = service;
  const officeName = new Map(all.offices.map((o) => [o.id, o.name]));
  const linkOf = (slot: Slot) => ({
    startsAt: slot.startsAt,
    officeName: officeId ? null : (officeName.get(slot.officeId) ?? null),
    href: `${options.base}?${new URLSearchParams({
      ...query,
      ...options.extra,
      start: slot.startsAt,
      office: slot.officeId,
    })}`,
  });

  const fromParam = params.get("from") ?? "";
  const from = isLocalDate(fromParam) ? fromParam : null;
  const startIndex = from ? slots.days.findIndex((d) => d.date >= from) : 0;
  const first = startIndex < 0 ? slots.days.length : startIndex;
  const page = slots.days.slice(first, first + DAYS_PER_PAGE);
  const names = new Intl.DisplayNames([lang], { type: "language" });
  const earliest = firstFreeSlot(slots);
  return {
    topic: topic.key,
    channels: topic.channels,
    durationMinutes: topic.durationMinutes,
    offices: all.offices,
    languages: all.languages.map((l) => ({ value: l, label: names.of(l) ?? l })),
    filters: { channel, officeId, language },
    query,
    earliest: earliest ? linkOf(earliest) : null,
    days: page.map((d) => ({ date: d.date, slots: d.slots.map(linkOf) })),
    nextFrom: slots.days[first + DAYS_PER_PAGE]?.date ?? null,
    /** Where the previous page starts ("" = the beginning), undefined on the first page. */
    prevFrom: first > 0 ? (slots.days[Math.max(0, first - DAYS_PER_PAGE)]?.date ?? "") : undefined,
  };
}
