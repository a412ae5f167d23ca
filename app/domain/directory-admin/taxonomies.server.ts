// Categories and life situations: the two taxonomies of the directory
// (HSDS taxonomy_term). Same shape, so one module serves both; `Taxonomy` is
// the URL segment ("categories", "life-situations").
import { assertCan, type Actor } from "~/domain/access/permissions";
import { bumpDirectoryVersion } from "~/domain/directory/version.server";
import { defaultLanguage, languages, type Language } from "~/i18n";
import { prisma } from "~/utils/db.server";
import { isUniqueViolation, newHsdsId, type Db } from "./db.server";
import { writeRevision, type RevisionEntityType } from "./revisions.server";
import type { FieldErrors, SaveResult } from "./services.server";
import type { Taxonomy, TermInput } from "./taxonomy-schemas";
import { translationMatrix } from "./translation-status";

const DRAFTS = { type: "directory", published: false } as const;
// Taxonomy terms have no draft state: they are public once they exist.
const PUBLIC = { type: "directory", published: true } as const;

type Term = {
  id: string;
  slug: string;
  sort: number;
  translations: { locale: string; title: string; description: string; updatedAt: Date }[];
};

const TERM_SELECT = {
  id: true,
  slug: true,
  sort: true,
  translations: { select: { locale: true, title: true, description: true, updatedAt: true } },
} as const;

/** The Prisma calls that differ between the two taxonomies. */
function store(db: Db, taxonomy: Taxonomy) {
  const entity: RevisionEntityType = taxonomy === "categories" ? "Category" : "LifeSituation";
  const translationEntity: RevisionEntityType =
    taxonomy === "categories" ? "CategoryTranslation" : "LifeSituationTranslation";
  if (taxonomy === "categories") {
    return {
      entity,
      translationEntity,
      findMany: (): Promise<(Term & { _count: { services: number } })[]> =>
        db.category.findMany({
          orderBy: [{ sort: "asc" }, { slug: "asc" }],
          select: { ...TERM_SELECT, _count: { select: { services: true } } },
        }),
      find: (id: string): Promise<Term | null> =>
        db.category.findUnique({ where: { id }, select: TERM_SELECT }),
      create: (data: { slug: string; sort: number }) =>
        db.category.create({ data: { hsdsId: newHsdsId(), ...data }, select: { id: true } }),
      update: (id: string, data: { slug: string; sort: number }) =>
        db.category.update({ where: { id }, data, select: { id: true } }),
      upsertText: (id: string, locale: string, text: { title: string; description: string }) =>
        db.categoryTranslation.upsert({
          where: { categoryId_locale: { categoryId: id, locale } },
          create: { categoryId: id, locale, ...text },
          update: text,
        }),
      deleteText: (id: string, locale: string) =>
        db.categoryTranslation.deleteMany({ where: { categoryId: id, locale } }),
    };
  }
  return {
    entity,
    translationEntity,
    findMany: (): Promise<(Term & { _count: { services: number } })[]> =>
      db.lifeSituation.findMany({
        orderBy: [{ sort: "asc" }, { slug: "asc" }],
        select: { ...TERM_SELECT, _count: { select: { services: true } } },
      }),
    find: (id: string): Promise<Term | null> =>
      db.lifeSituation.findUnique({ where: { id }, select: TERM_SELECT }),
    create: (data: { slug: string; sort: number }) =>
      db.lifeSituation.create({ data: { hsdsId: newHsdsId(), ...data }, select: { id: true } }),
    update: (id: string, data: { slug: string; sort: number }) =>
      db.lifeSituation.update({ where: { id }, data, select: { id: true } }),
    upsertText: (id: string, locale: string, text: { title: string; description: string }) =>
      db.lifeSituationTranslation.upsert({
        where: { lifeSituationId_locale: { lifeSituationId: id, locale } },
        create: { lifeSituationId: id, locale, ...text },
        update: text,
      }),
    deleteText: (id: string, locale: string) =>
      db.lifeSituationTranslation.deleteMany({ where: { lifeSituationId: id, locale } }),
  };
}

export async function listTerms(actor: Actor, taxonomy: Taxonomy) {
  assertCan(actor, "read", DRAFTS);
  const rows = await store(prisma, taxonomy).findMany();
  return rows.map((t) => ({
    id: t.id,
    slug: t.slug,
    sort: t.sort,
    title: t.translations.find((x) => x.locale === defaultLanguage)?.title ?? t.slug,
    services: t._count.services,
    states: translationMatrix(t.translations),
  }));
}

/** A term as the form shows it, with the state of each language; null if unknown. */
export async function getTerm(actor: Actor, taxonomy: Taxonomy, id: string) {
  assertCan(actor, "read", DRAFTS);
  const t = await store(prisma, taxonomy).find(id);
  if (!t) return null;
  const text = (l: Language) => {
    const row = t.translations.find((x) => x.locale === l);
    return { title: row?.title ?? "", description: row?.description ?? "" };
  };
  return {
    id: t.id,
    title: t.translations.find((x) => x.locale === defaultLanguage)?.title ?? t.slug,
    states: translationMatrix(t.translations),
    values: {
      slug: t.slug,
      sort: t.sort,
      texts: Object.fromEntries(languages.map((l) => [l, text(l)])) as Record<
        Language,
        { title: string; description: string }
      >,
    },
  };
}

/**
 * Creates (id null) or updates a term. Only languages whose text changed are
 * written, so an unchanged translation keeps its date and stays "current";
 * an emptied language loses its translation.
 */
export async function saveTerm(
  actor: Actor,
  taxonomy: Taxonomy,
  id: string | null,
  input: TermInput,
): Promise<SaveResult | null> {
  assertCan(actor, id ? "update" : "create", PUBLIC);
  try {
    const result = await prisma.$transaction(async (tx) => {
      const s = store(tx, taxonomy);
      const before = id ? await s.find(id) : null;
      if (id && !before) return null;
      const base = { slug: input.slug, sort: input.sort };
      const termId = before ? before.id : (await s.create(base)).id;
      let changed = !before;
      if (!before || before.slug !== base.slug || before.sort !== base.sort) {
        if (before) await s.update(termId, base);
        await writeRevision(tx, {
          entityType: s.entity,
          entityId: termId,
          changedById: actor.id,
          snapshot: base,
        });
        changed = true;
      }
      for (const locale of languages) {
        const old = before?.translations.find((x) => x.locale === locale) ?? null;
        const text = input.texts[locale];
        if (!text.title) {
          if (old) {
            await s.deleteText(termId, locale);
            await writeRevision(tx, {
              entityType: s.translationEntity,
              entityId: termId,
              locale,
              changedById: actor.id,
              snapshot: { deleted: true },
            });
            changed = true;
          }
          continue;
        }
        if (old && old.title === text.title && old.description === text.description) continue;
        await s.upsertText(termId, locale, { title: text.title, description: text.description });
        await writeRevision(tx, {
          entityType: s.translationEntity,
          entityId: termId,
          locale,
          changedById: actor.id,
          snapshot: { title: text.title, description: text.description },
        });
        changed = true;
      }
      return { ok: true as const, id: termId, changed };
    });
    if (result?.ok && result.changed) await bumpDirectoryVersion(actor.id);
    return result;
  } catch (error) {
    if (isUniqueViolation(error, "slug")) {
      return { ok: false, fieldErrors: { slug: ["admin:validation.slugTaken"] } as FieldErrors };
    }
    throw error;
  }
}
