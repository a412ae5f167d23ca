import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy.server";

describe("passwordProblem", () => {
  it("refuses short passwords", () => {
    expect(passwordProblem("kurz123")).toBe("validation.passwordTooShort");
  });
  it.each([
    "1234567890",
    "passwort123",
    "Passwort2026!",
    "qwertzuiop1",
    "aaaaaaaaaaaa",
    "schmetterling",
    "Sonnenschein1",
  ])("refuses the common or German dictionary password %s", (pw) => {
    expect(passwordProblem(pw)).toBe("validation.passwordCommon");
  });
  it("refuses the account's own email name", () => {
    expect(passwordProblem("amira.yilmaz99", ["amira.yilmaz@example.org"])).toBe(
      "validation.passwordPersonal",
    );
  });
  it.each(["demo-passwort-2026", "Grüner Tee am Morgen", "lila-Fahrrad-42-Ufer"])(
    "accepts %s",
    (pw) => {
      expect(passwordProblem(pw)).toBeNull();
    },
  );
});
