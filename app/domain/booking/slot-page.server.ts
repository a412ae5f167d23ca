// The data of a page that lists free times (booking, moving an appointment):
// filters read from the query (anything unknown falls back to "any"), the
// days of one page, the first free time, and a link per time.
import { berlinDayBounds, DAY_MS, isLocalDate } from "~/domain/scheduling/berlin-time";
import {
  computeFreeSlots,
  firstFreeSlot,
  type Slot,
  type SlotDay,
  type SlotFilters,
} from "~/domain/scheduling/slots";
import {
  availabilityContext,
  type AvailabilityContext,
  type BookedBy,
} from "./availability.server";
import { isChannel, STAFF_HORIZON_DAYS, type Channel } from "./rules";

export const DAYS_PER_PAGE = 5;
const SLUG = /^[a-z0-9-]{1,100}$/;

export async function slotPageData(
  topicKey: string,
  params: URLSearchParams,
  lang: string,
  options: { base: string; by?: BookedBy; now?: Date; extra?: Record<string, string> },
) {
  if (!/^[a-z0-9-]{1,60}$/.test(topicKey)) return null;
  const now = options.now ?? new Date();
  const by = options.by ?? "citizen";
  const fromParam = params.get("from") ?? "";
  const from = isLocalDate(fromParam) ? fromParam : null;
  const windowStart = from
    ? new Date(Math.max(now.getTime(), berlinDayBounds(from).start.getTime()))
    : now;

  // Read a fortnight from the first day shown; widen until a page is full or
  // the topic's horizon is reached (usually once).
  let windowDays = 14;
  let context: AvailabilityContext | null = null;
  let days: SlotDay[] = [];
  let filters: SlotFilters = {};
  for (;;) {
    const until = new Date(windowStart.getTime() + windowDays * DAY_MS);
    context = await availabilityContext(topicKey, {
      now,
      by,
      window: { from: windowStart, until },
    });
    if (!context) return null;
    filters = filtersOf(context, params);
    const slots = computeFreeSlots({ ...context.query, filters });
    // Days before the window were computed without their appointments: not shown.
    days = slots.days.filter((d) => !from || d.date >= from);
    const horizon = by === "staff" ? STAFF_HORIZON_DAYS : context.topic.horizonDays;
    const complete = until.getTime() >= now.getTime() + (horizon + 1) * DAY_MS;
    if (days.length > DAYS_PER_PAGE || complete) break;
    windowDays *= 3;
  }
  const { topic } = context;
  const channel = filters.channel!;
  const service = SLUG.test(params.get("service") ?? "") ? params.get("service")! : undefined;

  const query: Record<string, string> = { channel };
  if (filters.officeId) query.office = filters.officeId;
  if (filters.language) query.language = filters.language;
  if (service) query.service = service;
  const officeName = new Map(context.offices.map((o) => [o.id, o.name]));
  const linkOf = (slot: Slot) => ({
    startsAt: slot.startsAt,
    officeName: filters.officeId ? null : (officeName.get(slot.officeId) ?? null),
    href: `${options.base}?${new URLSearchParams({
      ...query,
      ...options.extra,
      start: slot.startsAt,
      office: slot.officeId,
    })}`,
  });

  const page = days.slice(0, DAYS_PER_PAGE);
  const names = new Intl.DisplayNames([lang], { type: "language" });
  const earliest = from ? null : firstFreeSlot({ days });
  return {
    topic: topic.key,
    channels: topic.channels,
    durationMinutes: topic.durationMinutes,
    offices: context.offices,
    languages: context.languages.map((l) => ({ value: l, label: names.of(l) ?? l })),
    filters: { channel, officeId: filters.officeId, language: filters.language },
    query,
    earliest: earliest ? linkOf(earliest) : null,
    days: page.map((d) => ({ date: d.date, slots: d.slots.map(linkOf) })),
    nextFrom: days[DAYS_PER_PAGE]?.date ?? null,
    /** "" = back to the first free days; undefined on the first page. */
    prevFrom: from ? "" : undefined,
  };
}

/** The filters of the query string; anything unknown falls back to "any". */
function filtersOf(context: AvailabilityContext, params: URLSearchParams): SlotFilters {
  const { topic } = context;
  const wanted = params.get("channel");
  const channel: Channel =
    isChannel(wanted) && topic.channels.includes(wanted) ? wanted : topic.channels[0]!;
  const office = params.get("office");
  const language = params.get("language") ?? "";
  return {
    channel,
    officeId: context.offices.some((o) => o.id === office) ? office! : undefined,
    language: context.languages.includes(language) ? language : undefined,
  };
}
