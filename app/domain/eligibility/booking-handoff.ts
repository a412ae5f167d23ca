// The hand-off from a help-finder result into booking a consultation.
//
// Field contract (POST to /:lang/book, application/x-www-form-urlencoded; the
// booking page reads it with `parseHandoff`):
//   topic         booking topic key (Service.bookingTopicKey): the one topic all
//                 fitting services share, else "first-consultation". Neutral by
//                 design: sensitive subjects already carry the neutral key.
//   serviceSlugs  comma-separated slugs of the fitting services, in result order
//   reason        plain text in the page's language: one intro line, then one
//                 line per service with its reasons (at most MAX_REASON chars);
//                 case content – never shown to the front desk
//   documents     the documents to bring, one title per line (at most
//                 MAX_DOCUMENTS lines), already in the page's language
// The page prefills its form from these fields; the citizen may change all of it.
// Nothing here travels in a URL.
import { z } from "zod";

export const HANDOFF_FIELDS = ["topic", "serviceSlugs", "reason", "documents"] as const;
export type HandoffFields = Record<(typeof HANDOFF_FIELDS)[number], string>;

/** The topic of a first, broad consultation (case management looks at everything). */
export const DEFAULT_TOPIC = "first-consultation";
export const MAX_REASON = 1000;
export const MAX_DOCUMENTS = 30;
export const MAX_DOCUMENT_TITLE = 300;
export const MAX_SERVICES = 40;

const TOPIC = /^[a-z0-9-]{1,60}$/;
const SLUG = /^[a-z0-9-]{1,100}$/;

export interface HandoffService {
  slug: string;
  /** Display name in the page's language. */
  name: string;
  /** Service.bookingTopicKey; null when the directory has none. */
  topic: string | null;
  /** Reasons in plain words, already translated. */
  reasons: string[];
}

/** The one topic every service shares, otherwise a first consultation. */
export function chooseTopic(services: Pick<HandoffService, "topic">[]): string {
  const topics = new Set(services.map((s) => s.topic ?? DEFAULT_TOPIC));
  const [only] = [...topics];
  return topics.size === 1 && only && TOPIC.test(only) ? only : DEFAULT_TOPIC;
}

export interface DocumentToBring {
  title: string;
  note: string;
  /** Language of the text (German stands in where a translation is missing). */
  lang: string;
  /** Slugs of the services that ask for it. */
  services: string[];
}

/**
 * Documents of several services, each once: the same document (same title)
 * asked for by Wohngeld and Bürgergeld is listed once, naming both.
 */
export function collectDocuments(
  services: { slug: string; documents: { title: string; note: string; lang: string }[] }[],
): DocumentToBring[] {
  const byTitle = new Map<string, DocumentToBring>();
  for (const service of services) {
    for (const doc of service.documents) {
      const title = doc.title.trim();
      if (!title) continue;
      const key = title.toLocaleLowerCase("de");
      const known = byTitle.get(key);
      if (known) {
        if (!known.services.includes(service.slug)) known.services.push(service.slug);
        if (!known.note && doc.note) known.note = doc.note;
      } else {
        byTitle.set(key, {
          title,
          note: doc.note.trim(),
          lang: doc.lang,
          services: [service.slug],
        });
      }
    }
  }
  return [...byTitle.values()];
}

/** Cuts text at a line end so that it fits, marking the cut with "…". */
function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lineEnd = cut.lastIndexOf("\n");
  return `${lineEnd > 0 ? cut.slice(0, lineEnd) : cut}\n…`.slice(0, max);
}

/**
 * The hidden fields of the "book a consultation for this result" form.
 * `intro` and `line` are translated templates, e.g. intro(names) = "Ergebnis …:
 * Wohngeld, Kinderzuschlag." and line(name, reasons) = "Wohngeld: …".
 */
export function buildHandoff(input: {
  services: HandoffService[];
  documents: string[];
  intro: (names: string[]) => string;
  line: (name: string, reasons: string[]) => string;
}): HandoffFields {
  const services = input.services.slice(0, MAX_SERVICES);
  const lines = [
    input.intro(services.map((s) => s.name)),
    ...services.filter((s) => s.reasons.length > 0).map((s) => input.line(s.name, s.reasons)),
  ];
  const documents = [...new Set(input.documents.map((d) => d.trim()).filter(Boolean))]
    .slice(0, MAX_DOCUMENTS)
    .map((d) => d.slice(0, MAX_DOCUMENT_TITLE));
  return {
    topic: chooseTopic(services),
    serviceSlugs: services.map((s) => s.slug).join(","),
    reason: fit(lines.join("\n"), MAX_REASON),
    documents: documents.join("\n"),
  };
}

/** What the booking page gets from the fields (every field may be missing or tampered with). */
export const HandoffSchema = z.object({
  topic: z
    .string()
    .trim()
    .optional()
    .transform((t) => (t && TOPIC.test(t) ? t : DEFAULT_TOPIC)),
  serviceSlugs: z
    .string()
    .optional()
    .transform((s) =>
      (s ?? "")
        .split(",")
        .map((x) => x.trim())
        .filter((x) => SLUG.test(x))
        .slice(0, MAX_SERVICES),
    ),
  reason: z
    .string()
    .optional()
    .transform((r) => (r ?? "").trim().slice(0, MAX_REASON)),
  documents: z
    .string()
    .optional()
    .transform((d) =>
      (d ?? "")
        .split(/\r?\n/)
        .map((x) => x.trim().slice(0, MAX_DOCUMENT_TITLE))
        .filter(Boolean)
        .slice(0, MAX_DOCUMENTS),
    ),
});
export type Handoff = z.output<typeof HandoffSchema>;

/** Reads the hand-off fields from a submitted form; unknown or broken values fall back safely. */
export function parseHandoff(form: FormData): Handoff {
  const get = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : undefined;
  };
  return HandoffSchema.parse({
    topic: get("topic"),
    serviceSlugs: get("serviceSlugs"),
    reason: get("reason"),
    documents: get("documents"),
  });
}

/** True when a form carries a hand-off from the help finder. */
export function isHandoff(form: FormData): boolean {
  return HANDOFF_FIELDS.every((f) => typeof form.get(f) === "string");
}
