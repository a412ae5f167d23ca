import { describe, expect, it } from "vitest";
import { ForbiddenError } from "~/domain/access/permissions";
import { prisma } from "~/utils/db.server";
import type { OfficeInput } from "./office-schemas";
import { getOffice, listOffices, saveOffice } from "./offices.server";
import { revisionHistory } from "./revisions.server";
import { actor, organization, revisions, uid } from "./test-support";

function office(organizationId: string, over: Partial<OfficeInput> = {}): OfficeInput {
  return {
    name: `Servicecenter ${uid()}`,
    organizationId,
    street: "Marktplatz 1",
    postalCode: "12345",
    city: "Musterstadt",
    lat: 51.1,
    lng: 6.9,
    phone: "0221 123",
    email: null,
    accessibility: "Stufenloser Zugang",
    transportation: "",
    openingHours: [
      { weekday: 1, opensAt: "08:00", closesAt: "12:00", walkInOnly: false },
      { weekday: 1, opensAt: "14:00", closesAt: "16:00", walkInOnly: true },
    ],
    closures: [{ startsOn: "2026-12-24", endsOn: "2026-12-24", reason: "Heiligabend" }],
    ...over,
  };
}

describe("saveOffice", () => {
  it("creates and edits an office with hours and closures, with a revision per real change", async () => {
    const admin = await actor();
    const org = await organization("AGENCY");
    const created = await saveOffice(admin, null, office(org.id));
    if (!created?.ok) throw new Error("not created");
    const id = created.id;

    const loaded = (await getOffice(admin, id))!;
    expect(loaded.values.openingHours).toEqual([
      { weekday: "1", opensAt: "08:00", closesAt: "12:00", walkInOnly: false },
      { weekday: "1", opensAt: "14:00", closesAt: "16:00", walkInOnly: true },
    ]);
    expect(loaded.values.closures).toEqual([
      { startsOn: "24.12.2026", endsOn: "24.12.2026", reason: "Heiligabend" },
    ]);
    const row = await prisma.officeClosure.findFirstOrThrow({ where: { officeId: id } });
    expect(row.startsOn.toISOString()).toBe("2026-12-24T00:00:00.000Z");

    const same = office(org.id, { name: loaded.name });
    expect(await saveOffice(admin, id, same)).toEqual({ ok: true, id, changed: false });
    await saveOffice(admin, id, { ...same, openingHours: [], phone: null });
    expect(await prisma.openingHours.count({ where: { officeId: id } })).toBe(0);
    expect(await revisions(id)).toHaveLength(2);

    const [latest] = await revisionHistory(admin, "offices", id);
    expect(latest!.changes.map((c) => c.field)).toEqual(["phone", "openingHours"]);
    expect((await listOffices(admin)).some((o) => o.id === id)).toBe(true);
  });

  it("needs a known organisation and office, and an administrator", async () => {
    const admin = await actor();
    const org = await organization();
    expect(await saveOffice(admin, null, office("nope"))).toEqual({
      ok: false,
      fieldErrors: { organizationId: ["validation.required"] },
    });
    expect(await saveOffice(admin, "nope", office(org.id))).toBeNull();
    await expect(
      saveOffice(await actor("CASEWORKER"), null, office(org.id)),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
