import { describe, expect, it } from "vitest";
import { ForbiddenError } from "~/domain/access/permissions";
import { prisma } from "~/utils/db.server";
import { revisionHistory } from "./revisions.server";
import { getTerm, listTerms, saveTerm } from "./taxonomies.server";
import type { TermInput } from "./taxonomy-schemas";
import { actor, revisions, uid } from "./test-support";

const empty = { title: "", description: "" };
function term(slug: string, texts: Partial<TermInput["texts"]> = {}): TermInput {
  return {
    slug,
    sort: 5,
    texts: {
      de: { title: "Wohnen", description: "Miete und Heizung" },
      en: empty,
      tr: empty,
      ar: empty,
      uk: empty,
      ru: empty,
      pl: empty,
      ...texts,
    },
  };
}

describe.each(["categories", "life-situations"] as const)("saveTerm (%s)", (taxonomy) => {
  it("creates a term with German text, translates, outdates and deletes a translation", async () => {
    const admin = await actor();
    const slug = `thema-${uid()}`;
    const created = await saveTerm(admin, taxonomy, null, term(slug));
    if (!created?.ok) throw new Error("not created");
    const id = created.id;
    let t = (await getTerm(admin, taxonomy, id))!;
    expect(t.values.texts.de).toEqual({ title: "Wohnen", description: "Miete und Heizung" });
    expect(t.states.en).toBe("missing");

    await saveTerm(admin, taxonomy, id, term(slug, { en: { title: "Housing", description: "" } }));
    t = (await getTerm(admin, taxonomy, id))!;
    expect(t.states.en).toBe("current");

    // Same input again: nothing is written.
    const before = (await revisions(id)).length;
    expect(
      await saveTerm(
        admin,
        taxonomy,
        id,
        term(slug, { en: { title: "Housing", description: "" } }),
      ),
    ).toEqual({
      ok: true,
      id,
      changed: false,
    });
    expect(await revisions(id)).toHaveLength(before);

    await saveTerm(
      admin,
      taxonomy,
      id,
      term(slug, {
        de: { title: "Wohnen und Miete", description: "" },
        en: { title: "Housing", description: "" },
      }),
    );
    t = (await getTerm(admin, taxonomy, id))!;
    expect(t.states.en).toBe("outdated");

    await saveTerm(
      admin,
      taxonomy,
      id,
      term(slug, { de: { title: "Wohnen und Miete", description: "" } }),
    );
    t = (await getTerm(admin, taxonomy, id))!;
    expect(t.states.en).toBe("missing");
    expect((await listTerms(admin, taxonomy)).find((x) => x.id === id)?.title).toBe(
      "Wohnen und Miete",
    );

    const kind = taxonomy === "categories" ? "categories" : "life-situations";
    const history = await revisionHistory(admin, kind, id);
    expect(history[0]).toMatchObject({
      locale: "en",
      changes: expect.arrayContaining([
        { field: "deleted", kind: "value", before: null, after: true },
      ]),
    });
    expect(history.at(-1)).toMatchObject({ locale: null, first: true });
  });

  it("reports a taken slug and refuses caseworkers", async () => {
    const admin = await actor();
    const slug = `thema-${uid()}`;
    await saveTerm(admin, taxonomy, null, term(slug));
    expect(await saveTerm(admin, taxonomy, null, term(slug))).toEqual({
      ok: false,
      fieldErrors: { slug: ["admin:validation.slugTaken"] },
    });
    expect(await saveTerm(admin, taxonomy, "missing", term(`x-${uid()}`))).toBeNull();
    await expect(
      saveTerm(await actor("CASEWORKER"), taxonomy, null, term(`y-${uid()}`)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.contentRevision.count({ where: { entityId: "missing" } })).toBe(0);
  });
});
