import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "~/domain/access/permissions";
import { directoryVersion } from "~/domain/directory/version.server";
import { prisma } from "~/utils/db.server";
import { revisionHistory } from "./revisions.server";
import type { ServiceBaseInput, ServiceTextsInput } from "./service-schemas";
import {
  createService,
  deleteServiceTranslation,
  getServiceBase,
  getServiceTexts,
  listServices,
  saveServiceTexts,
  serviceFormOptions,
  servicePreview,
  setServicePublished,
  updateService,
} from "./services.server";
import { actor, organization, revisions, uid } from "./test-support";

function base(orgId: string, over: Partial<ServiceBaseInput> = {}): ServiceBaseInput {
  return {
    slug: `leistung-${uid()}`,
    legalBasis: "§ 1 Testgesetz",
    responsibleOrganizationId: orgId,
    emergency: false,
    appliesFromApplicationMonth: true,
    bookingTopicKey: null,
    keywords: "",
    url: null,
    categoryIds: [],
    lifeSituationIds: [],
    documents: [],
    newDocument: "",
    channels: [],
    locations: [],
    ...over,
  };
}

function texts(over: Partial<ServiceTextsInput> = {}): ServiceTextsInput {
  return {
    title: "Titel",
    summary: "Kurz",
    description: "",
    eligibility: "",
    benefits: "",
    howToApply: "",
    costs: "",
    keywords: "",
    easyLanguage: "",
    confirmCurrent: false,
    documents: [],
    ...over,
  };
}

async function newService(over: Partial<ServiceBaseInput> = {}) {
  const admin = await actor();
  const org = await organization();
  const result = await createService(admin, {
    ...base(org.id, over),
    title: "Testhilfe",
    summary: "Geld für Tests.",
  });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return { admin, org, id: result.id };
}

describe("createService", () => {
  it("creates a draft with German title and summary, relations, two revisions and a new version", async () => {
    const before = await directoryVersion();
    const category = await prisma.category.create({
      data: { hsdsId: randomUUID(), slug: `kat-${uid()}` },
    });
    const office = await prisma.office.create({
      data: {
        hsdsId: randomUUID(),
        organizationId: (await organization()).id,
        name: `Büro ${uid()}`,
        street: "Weg 1",
        postalCode: "12345",
        city: "Musterstadt",
      },
    });
    const { id, admin } = await newService({
      categoryIds: [category.id, "does-not-exist"],
      channels: [{ kind: "PHONE", value: "0221 1", label: "Hotline" }],
      locations: [{ officeId: office.id, languages: "de,tr", note: "" }],
      newDocument: `Nachweis ${uid()}`,
    });

    const s = await prisma.service.findUniqueOrThrow({
      where: { id },
      include: {
        translations: true,
        categories: true,
        channels: true,
        locations: true,
        requiredDocuments: { include: { translations: true } },
      },
    });
    expect(s.status).toBe("DRAFT");
    expect(s.publishedAt).toBeNull();
    expect(s.translations).toHaveLength(1);
    expect(s.translations[0]).toMatchObject({
      locale: "de",
      title: "Testhilfe",
      updatedById: admin.id,
    });
    expect(s.categories.map((c) => c.categoryId)).toEqual([category.id]);
    expect(s.channels).toMatchObject([
      { kind: "PHONE", value: "0221 1", label: "Hotline", sort: 0 },
    ]);
    expect(s.locations).toMatchObject([{ officeId: office.id, languages: "de,tr" }]);
    expect(s.requiredDocuments[0]?.translations.map((t) => t.locale)).toEqual(["de"]);

    const rows = await revisions(id);
    expect(rows.map((r) => [r.entityType, r.locale, r.changedById])).toEqual([
      ["Service", null, admin.id],
      ["ServiceTranslation", "de", admin.id],
    ]);
    expect(JSON.parse(rows[0]!.snapshot)).toMatchObject({
      categories: [category.slug],
      status: "DRAFT",
    });
    expect(await directoryVersion()).not.toBe(before);
  });

  it("reports a slug that is taken as a field error", async () => {
    const slug = `doppelt-${uid()}`;
    const { org, admin } = await newService({ slug });
    const result = await createService(admin, {
      ...base(org.id, { slug }),
      title: "X",
      summary: "Y",
    });
    expect(result).toEqual({ ok: false, fieldErrors: { slug: ["admin:validation.slugTaken"] } });
  });

  it("refuses anyone but an administrator", async () => {
    const caseworker = await actor("CASEWORKER");
    const org = await organization();
    await expect(
      createService(caseworker, { ...base(org.id), title: "X", summary: "Y" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listServices(caseworker)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("updateService", () => {
  it("writes a revision only when something changed and keeps slugs unique", async () => {
    const { id, admin, org } = await newService();
    const current = (await getServiceBase(admin, id))!;
    const same = await updateService(admin, id, {
      ...base(org.id),
      ...current.values,
      bookingTopicKey: null,
      url: null,
      newDocument: "",
    });
    expect(same).toEqual({ ok: true, id, changed: false });
    expect(await revisions(id)).toHaveLength(2);

    const changed = await updateService(admin, id, {
      ...base(org.id, { slug: current.values.slug }),
      emergency: true,
    });
    expect(changed).toEqual({ ok: true, id, changed: true });
    expect(await revisions(id)).toHaveLength(3);

    const other = await newService();
    const clash = await updateService(
      admin,
      other.id,
      base(other.org.id, { slug: current.values.slug }),
    );
    expect(clash).toEqual({ ok: false, fieldErrors: { slug: ["admin:validation.slugTaken"] } });
    expect(await updateService(admin, "missing", base(org.id))).toBeNull();
  });

  it("copies catalogue documents with their translations and keeps own ones in the chosen order", async () => {
    const { id, admin, org } = await newService();
    const title = `Ausweis ${uid()}`;
    const source = await newService();
    await prisma.requiredDocument.create({
      data: {
        serviceId: source.id,
        sort: 0,
        translations: {
          createMany: {
            data: [
              { locale: "de", title },
              { locale: "en", title: "Identity card" },
            ],
          },
        },
      },
    });
    const own = `Eigenes ${uid()}`;
    await updateService(admin, id, base(org.id, { newDocument: own }));
    const slug = (await getServiceBase(admin, id))!.values.slug;
    await updateService(admin, id, base(org.id, { slug, documents: [title, own] }));
    const docs = await prisma.requiredDocument.findMany({
      where: { serviceId: id },
      orderBy: { sort: "asc" },
      include: { translations: { orderBy: { locale: "asc" } } },
    });
    expect(docs.map((d) => d.translations.map((t) => `${t.locale}:${t.title}`))).toEqual([
      [`de:${title}`, "en:Identity card"],
      [`de:${own}`],
    ]);
    const options = await serviceFormOptions(admin);
    expect(options.documents).toContain(title);
  });
});

describe("setServicePublished", () => {
  it("publishes once with both dates and withdraws keeping the first date", async () => {
    const { id, admin } = await newService();
    expect(await setServicePublished(admin, id, true)).toEqual({ ok: true });
    const published = await prisma.service.findUniqueOrThrow({ where: { id } });
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(published.firstPublishedAt).toEqual(published.publishedAt);

    expect(await setServicePublished(admin, id, false)).toEqual({ ok: true });
    const withdrawn = await prisma.service.findUniqueOrThrow({ where: { id } });
    expect(withdrawn.status).toBe("DRAFT");
    expect(withdrawn.publishedAt).toBeNull();
    expect(withdrawn.firstPublishedAt).toEqual(published.firstPublishedAt);
    const statuses = (await revisions(id))
      .filter((r) => r.entityType === "Service")
      .map((r) => JSON.parse(r.snapshot).status);
    expect(statuses).toEqual(["DRAFT", "PUBLISHED", "DRAFT"]);
  });

  it("needs the German text", async () => {
    const { id, admin } = await newService();
    await prisma.serviceTranslation.deleteMany({ where: { serviceId: id } });
    expect(await setServicePublished(admin, id, true)).toEqual({
      ok: false,
      error: "admin:services.errors.publishNeedsGerman",
    });
  });
});

describe("texts per language", () => {
  it("marks English missing, then current, then outdated after a German change", async () => {
    const { id, admin } = await newService();
    const state = async () => (await listServices(admin)).find((s) => s.id === id)!.states;
    expect((await state()).en).toBe("missing");
    expect((await state()).de).toBe("source");

    expect(
      await saveServiceTexts(admin, id, "en", texts({ title: "Test help", summary: "Money" })),
    ).toEqual({
      ok: true,
      changed: true,
    });
    expect((await state()).en).toBe("current");

    // Saving the same German text again changes nothing, so English stays current.
    const german = (await getServiceTexts(admin, id, "de"))!.german!;
    expect(await saveServiceTexts(admin, id, "de", texts({ ...german }))).toEqual({
      ok: true,
      changed: false,
    });
    expect((await state()).en).toBe("current");

    await saveServiceTexts(admin, id, "de", texts({ ...german, description: "Neuer Absatz." }));
    expect((await state()).en).toBe("outdated");
    const view = (await getServiceTexts(admin, id, "en"))!;
    expect(view.state).toBe("outdated");
    expect(view.german?.description).toBe("Neuer Absatz.");

    // A translator confirms the English text still fits.
    await saveServiceTexts(admin, id, "en", texts({ ...view.own!, confirmCurrent: true }));
    expect((await state()).en).toBe("current");

    const history = await revisionHistory(admin, "services", id);
    expect(history.map((h) => [h.entityType, h.locale])).toEqual([
      ["ServiceTranslation", "en"],
      ["ServiceTranslation", "de"],
      ["ServiceTranslation", "en"],
      ["ServiceTranslation", "de"],
      ["Service", null],
    ]);
    expect(history[1]!.changes).toEqual([
      { field: "description", kind: "value", before: "", after: "Neuer Absatz." },
    ]);
    expect(history[0]!.changes).toEqual([]);
  });

  it("translates document titles per language and deletes a translation", async () => {
    const { id, admin, org } = await newService();
    await updateService(admin, id, base(org.id, { newDocument: "Mietvertrag" }));
    const doc = (await getServiceTexts(admin, id, "tr"))!.documents[0]!;
    expect(doc.german?.title).toBe("Mietvertrag");
    expect(doc.own).toBeNull();
    await saveServiceTexts(
      admin,
      id,
      "tr",
      texts({ documents: [{ id: doc.id, title: "Kira sözleşmesi", note: "" }] }),
    );
    expect((await getServiceTexts(admin, id, "tr"))!.documents[0]!.own).toEqual({
      title: "Kira sözleşmesi",
      note: "",
    });

    const preview = (await servicePreview(admin, id, "tr"))!;
    expect(preview.title).toEqual({ text: "Titel", lang: "tr" });
    expect(preview.description).toEqual({ text: "", lang: "de" });
    expect(preview.documents[0]!.title).toEqual({ text: "Kira sözleşmesi", lang: "tr" });

    expect(await deleteServiceTranslation(admin, id, "tr")).toBe(true);
    expect(await deleteServiceTranslation(admin, id, "de")).toBe(false);
    const after = (await getServiceTexts(admin, id, "tr"))!;
    expect(after.own).toBeNull();
    expect(after.documents[0]!.own).toBeNull();
    expect((await servicePreview(admin, id, "tr"))!.title).toEqual({
      text: "Testhilfe",
      lang: "de",
    });
  });
});
