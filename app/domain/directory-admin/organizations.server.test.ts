import { describe, expect, it } from "vitest";
import { ForbiddenError } from "~/domain/access/permissions";
import {
  getPartnerOrganization,
  listPartnerOrganizations,
  savePartnerOrganization,
} from "./organizations.server";
import { actor, organization, revisions, uid } from "./test-support";

const input = (name: string) => ({
  name,
  description: "Beratung bei Schulden",
  email: "info@example.org",
  phone: "0221 555",
  website: "https://example.org",
});

describe("savePartnerOrganization", () => {
  it("creates a PARTNER organisation and edits it, with revisions", async () => {
    const admin = await actor();
    const name = `Schuldnerberatung ${uid()}`;
    const created = await savePartnerOrganization(admin, null, input(name));
    if (!created?.ok) throw new Error("not created");
    const list = await listPartnerOrganizations(admin);
    expect(list.find((o) => o.id === created.id)).toMatchObject({
      name,
      website: "https://example.org",
    });

    expect(await savePartnerOrganization(admin, created.id, input(name))).toEqual({
      ok: true,
      id: created.id,
      changed: false,
    });
    await savePartnerOrganization(admin, created.id, { ...input(name), website: null });
    expect((await getPartnerOrganization(admin, created.id))!.values.website).toBe("");
    const rows = await revisions(created.id);
    expect(rows.map((r) => JSON.parse(r.snapshot).website)).toEqual(["https://example.org", null]);
  });

  it("does not edit the agency or authorities here", async () => {
    const admin = await actor();
    const authority = await organization("AUTHORITY");
    expect(await getPartnerOrganization(admin, authority.id)).toBeNull();
    expect(await savePartnerOrganization(admin, authority.id, input("X"))).toBeNull();
    await expect(listPartnerOrganizations(await actor("CASEWORKER"))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
