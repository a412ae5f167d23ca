// What the finder's result needs from the directory: which services are
// published (to link them), their booking topic and the documents to bring,
// in the page's language with German standing in where a translation is missing.
import { defaultLanguage, type Language } from "~/i18n";
import { prisma } from "~/utils/db.server";

export interface FinderServiceInfo {
  slug: string;
  /** Service.bookingTopicKey, or null when the directory sets none. */
  topic: string | null;
  documents: { title: string; note: string; lang: string }[];
}

export async function loadServiceInfo(
  lang: Language,
  slugs: readonly string[],
): Promise<Map<string, FinderServiceInfo>> {
  const locales = lang === defaultLanguage ? [lang] : [lang, defaultLanguage];
  const rows = await prisma.service.findMany({
    where: { slug: { in: [...slugs] }, status: "PUBLISHED" },
    select: {
      slug: true,
      bookingTopicKey: true,
      requiredDocuments: {
        orderBy: { sort: "asc" },
        select: {
          translations: {
            where: { locale: { in: locales } },
            select: { locale: true, title: true, note: true },
          },
        },
      },
    },
  });
  const out = new Map<string, FinderServiceInfo>();
  for (const row of rows) {
    const documents = row.requiredDocuments.flatMap((doc) => {
      const own = doc.translations.find((t) => t.locale === lang && t.title.trim());
      const german = doc.translations.find((t) => t.locale === defaultLanguage && t.title.trim());
      const pick = own ?? german;
      return pick ? [{ title: pick.title, note: pick.note, lang: pick.locale }] : [];
    });
    out.set(row.slug, { slug: row.slug, topic: row.bookingTopicKey, documents });
  }
  return out;
}
