import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { createOrganization, createService } from "../../../tests/factories/directory";
import { loadServiceInfo } from "./services.server";

async function serviceWithDocuments(status: "PUBLISHED" | "DRAFT" = "PUBLISHED") {
  const org = await createOrganization(prisma, "AUTHORITY");
  const service = await createService(prisma, {
    organizationId: org.id,
    slug: `finder-${randomUUID()}`,
  });
  await prisma.service.update({
    where: { id: service.id },
    data: {
      status,
      bookingTopicKey: "housing",
      requiredDocuments: {
        create: [
          {
            sort: 1,
            translations: {
              create: [
                { locale: "de", title: "Mietvertrag", note: "mit letzter Erhöhung" },
                { locale: "ar", title: "عقد الإيجار", note: "" },
              ],
            },
          },
          { sort: 2, translations: { create: [{ locale: "de", title: "Personalausweis" }] } },
        ],
      },
    },
  });
  return service.slug;
}

describe("loadServiceInfo", () => {
  it("gives the booking topic and the documents in the page's language, German standing in", async () => {
    const slug = await serviceWithDocuments();
    const info = (await loadServiceInfo("ar", [slug])).get(slug);
    expect(info).toEqual({
      slug,
      topic: "housing",
      documents: [
        { title: "عقد الإيجار", note: "", lang: "ar" },
        { title: "Personalausweis", note: "", lang: "de" },
      ],
    });
    expect((await loadServiceInfo("de", [slug])).get(slug)?.documents[0]).toEqual({
      title: "Mietvertrag",
      note: "mit letzter Erhöhung",
      lang: "de",
    });
  });

  it("leaves out drafts and unknown slugs", async () => {
    const draft = await serviceWithDocuments("DRAFT");
    const info = await loadServiceInfo("de", [draft, `nope-${randomUUID()}`]);
    expect(info.size).toBe(0);
  });
});
