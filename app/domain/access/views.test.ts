import { describe, expect, it } from "vitest";
import { citizenAuditTrailView, frontDeskAppointmentView } from "./views";

// Shaped like a full Prisma `Appointment` row, including everything the front desk must not see.
const appointment = {
  id: "appt1",
  reference: "T-7K3M9Q",
  citizenId: "citizen1",
  citizenName: "Amira Yilmaz",
  citizenEmail: "amira@example.org",
  citizenPhone: "+49 201 000000",
  staffId: "cwA1",
  officeId: "office1",
  serviceId: "debt-counselling",
  topicLabel: "consultation",
  sensitive: true,
  channel: "IN_PERSON",
  startsAt: new Date("2025-03-31T08:00:00Z"),
  endsAt: new Date("2025-03-31T08:45:00Z"),
  status: "BOOKED",
  reason: "Schulden aus Handyvertrag, 2.300 €",
  answers: { debts: "yes" },
  notes: "first contact",
  locale: "tr",
  languageNeeds: "Turkish",
  interpreterNeeded: true,
  accessibilityNeeds: "step-free access",
  bookedById: "frontDesk",
  caseId: "case1",
  checkedInAt: null,
  cancelReason: null,
};

describe("frontDeskAppointmentView", () => {
  const view = frontDeskAppointmentView(appointment);

  it("keeps exactly what the front desk needs", () => {
    expect(Object.keys(view).sort()).toEqual(
      [
        "id",
        "reference",
        "startsAt",
        "endsAt",
        "citizenName",
        "topicLabel",
        "channel",
        "locale",
        "languageNeeds",
        "interpreterNeeded",
        "accessibilityNeeds",
        "status",
        "officeId",
      ].sort(),
    );
    expect(view).toMatchObject({
      citizenName: "Amira Yilmaz",
      topicLabel: "consultation",
      interpreterNeeded: true,
      status: "BOOKED",
    });
  });

  it.each(["reason", "answers", "notes", "caseId", "sensitive", "serviceId", "citizenEmail"])(
    "has no %s",
    (key) => {
      expect(view).not.toHaveProperty(key);
    },
  );

  it("leaks no value of a hidden field, whatever its key", () => {
    const text = JSON.stringify(view);
    expect(text).not.toContain("Schulden");
    expect(text).not.toContain("case1");
    expect(text).not.toContain("debt");
  });
});

describe("citizenAuditTrailView", () => {
  const entries = [
    {
      at: "2025-03-01T09:00:00Z",
      actorId: "cwA1",
      actorRole: "CASEWORKER",
      action: "case.read",
      ip: "203.0.113.5",
    },
    {
      at: "2025-03-02T09:00:00Z",
      actorId: "citizen1",
      actorRole: "CITIZEN",
      action: "supportPlan.read",
      ip: "198.51.100.7",
    },
    {
      at: "2025-03-03T09:00:00Z",
      actorId: null,
      actorRole: null,
      action: "appointment.remind",
      ip: null,
    },
  ] as const;

  it("shows when, which role and what, never who or from where", () => {
    const view = citizenAuditTrailView(entries, "citizen1");
    expect(view).toEqual([
      { at: "2025-03-01T09:00:00Z", role: "CASEWORKER", byYou: false, action: "case.read" },
      { at: "2025-03-02T09:00:00Z", role: "CITIZEN", byYou: true, action: "supportPlan.read" },
      { at: "2025-03-03T09:00:00Z", role: null, byYou: false, action: "appointment.remind" },
    ]);
    expect(JSON.stringify(view)).not.toContain("cwA1");
    expect(JSON.stringify(view)).not.toContain("203.0.113.5");
  });
});
