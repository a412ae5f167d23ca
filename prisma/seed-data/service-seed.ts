// Shape of one service of the demo directory. German texts are complete; the
// other six languages carry title, summary and search words (people search in
// their own language and land on the service even where only German detail exists).
import type { ChannelKind } from "~/generated/prisma/client";
import type { DocumentKey } from "./documents";
import type { OfficeKey, OrgKey } from "./organizations";
import type { CategorySlug, LifeSituationSlug } from "./taxonomy";
import type { ForeignLocale, LongText } from "./types";

export interface ServiceTextDe {
  title: string;
  summary: string;
  description: LongText;
  eligibility: LongText;
  benefits: LongText;
  howToApply: LongText;
  costs: string;
  /** Search words and synonyms, comma separated. */
  keywords: string;
  /** Leichte Sprache: short sentences, one thought per line. */
  easyLanguage: LongText;
}

export interface ServiceTextShort {
  title: string;
  summary: string;
  keywords: string;
}

export interface ServiceSeed {
  hsdsId: string;
  slug: string;
  legalBasis: string;
  org: OrgKey;
  emergency?: boolean;
  appliesFromApplicationMonth?: boolean;
  /** Language-neutral search terms (abbreviations, paragraphs). */
  keywords: string;
  url?: string;
  categories: CategorySlug[];
  lifeSituations: LifeSituationSlug[];
  documents: DocumentKey[];
  channels: { kind: ChannelKind; value: string; label?: string }[];
  locations: { office: OfficeKey; languages: string }[];
  /** Slugs of services not paid at the same time (stored both ways). */
  excludes?: string[];
  de: ServiceTextDe;
  i18n: Record<ForeignLocale, ServiceTextShort>;
}

/** Paragraphs, separated by a blank line. */
export function paras(...parts: string[]): LongText {
  return parts.join("\n\n");
}

/** A list; each item on its own line starting with "- ". */
export function list(...items: string[]): string {
  return items.map((item) => `- ${item}`).join("\n");
}

/** Leichte Sprache: one sentence per line. */
export function easy(...sentences: string[]): LongText {
  return sentences.join("\n");
}
