// Which translations of a directory text are missing or older than the German
// source. German ("de") is the binding text; a translation is "outdated" when
// its row was last changed before the German row was (directory.prisma).
import { defaultLanguage, languages, type Language } from "~/i18n";

/** `source`: the German text itself. */
export type TranslationState = "source" | "missing" | "outdated" | "current";

export type TranslationRow = { locale: string; updatedAt: Date | string };

const time = (d: Date | string) => (typeof d === "string" ? Date.parse(d) : d.getTime());

/** The state of one language, given the German row and that language's row (or null). */
export function translationState(
  locale: string,
  german: TranslationRow | null | undefined,
  own: TranslationRow | null | undefined,
): TranslationState {
  if (locale === defaultLanguage) return german ? "source" : "missing";
  if (!own) return "missing";
  if (german && time(own.updatedAt) < time(german.updatedAt)) return "outdated";
  return "current";
}

/** The state of every language of the portal, from the rows an entity has. */
export function translationMatrix(
  rows: readonly TranslationRow[],
): Record<Language, TranslationState> {
  const german = rows.find((r) => r.locale === defaultLanguage);
  return Object.fromEntries(
    languages.map((l) => [
      l,
      translationState(
        l,
        german,
        rows.find((r) => r.locale === l),
      ),
    ]),
  ) as Record<Language, TranslationState>;
}

/** How many languages (other than German) need work: missing or outdated. */
export function openTranslations(matrix: Record<Language, TranslationState>): number {
  return languages.filter((l) => matrix[l] === "missing" || matrix[l] === "outdated").length;
}
