import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import {
  AnswersSchema,
  answersToDefaults,
  answersToFields,
  isEmpty,
  type Answers,
} from "./answers";

function form(entries: [string, string][]) {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

function parse(entries: [string, string][]) {
  return parseWithZod(form(entries), { schema: AnswersSchema });
}

describe("AnswersSchema", () => {
  it("accepts an empty form: every question may be skipped", () => {
    const s = parse([]);
    expect(s.status).toBe("success");
    if (s.status === "success") expect(isEmpty(s.value)).toBe(true);
  });

  it("treats blank inputs and the 'no answer' radio as skipped", () => {
    const s = parse([
      ["household", ""],
      ["age", "  "],
      ["childAges[0]", ""],
      ["childAges[1]", "12"],
      ["childAges[2]", ""],
    ]);
    expect(s.status).toBe("success");
    if (s.status === "success") {
      expect(s.value.household).toBeUndefined();
      expect(s.value.age).toBeUndefined();
      expect(s.value.childAges).toEqual([12]);
    }
  });

  it("parses a full household", () => {
    const s = parse([
      ["household", "alone"],
      ["childrenCount", "2"],
      ["childAges[0]", "7"],
      ["childAges[1]", "12"],
      ["age", "34"],
      ["work", "unemployedShort"],
      ["income", "600to1000"],
      ["housing", "rent"],
      ["rent", "780"],
      ["debts", "some"],
      ["debtAmount", "2300"],
      ["benefits", "kindergeld"],
    ]);
    expect(s.status).toBe("success");
    if (s.status === "success")
      expect(s.value).toMatchObject({
        household: "alone",
        childrenCount: 2,
        childAges: [7, 12],
        age: 34,
        rent: 780,
        debtAmount: 2300,
        benefits: ["kindergeld"],
      });
  });

  it("reads ticked benefits as a list, once each", () => {
    const one = parse([["benefits", "wohngeld"]]);
    const two = parse([
      ["benefits", "kindergeld"],
      ["benefits", "wohngeld"],
      ["benefits", "wohngeld"],
    ]);
    expect(one.status === "success" && one.value.benefits).toEqual(["wohngeld"]);
    expect(two.status === "success" && two.value.benefits).toEqual(["kindergeld", "wohngeld"]);
  });

  it("refuses values out of bounds with translation keys", () => {
    const s = parse([
      ["age", "7"],
      ["rent", "99999"],
      ["childrenCount", "-1"],
      ["childAges[0]", "30"],
      ["work", "astronaut"],
      ["debtAmount", "abc"],
    ]);
    expect(s.status).toBe("error");
    const error = s.reply().error ?? {};
    expect(error.age).toEqual(["finder:validation.tooSmall"]);
    expect(error.rent).toEqual(["finder:validation.tooBig"]);
    expect(error.childrenCount).toEqual(["finder:validation.tooSmall"]);
    expect(error["childAges[0]"]).toEqual(["finder:validation.childTooOld"]);
    expect(error.work).toEqual(["finder:validation.choice"]);
    expect(error.debtAmount).toEqual(["finder:validation.number"]);
  });

  it("refuses more ages than children", () => {
    const s = parse([
      ["childrenCount", "1"],
      ["childAges[0]", "3"],
      ["childAges[1]", "5"],
    ]);
    expect(s.status).toBe("error");
    expect(s.reply().error?.childAges).toEqual(["finder:validation.moreAgesThanChildren"]);
  });
});

describe("answersToFields", () => {
  const answers: Answers = {
    household: "alone",
    childrenCount: 2,
    childAges: [7, 12],
    age: 34,
    work: "unemployedShort",
    income: "600to1000",
    housing: "rent",
    rent: 780,
    debts: "some",
    debtAmount: 2300,
    benefits: ["kindergeld"],
  };

  it("round-trips through hidden fields", () => {
    const s = parse(answersToFields(answers));
    expect(s.status).toBe("success");
    if (s.status === "success") expect(s.value).toEqual(answers);
  });

  it("writes list answers as repeated or indexed fields", () => {
    const fields = answersToFields({ childAges: [1, 4], benefits: ["wohngeld", "kindergeld"] });
    expect(fields).toEqual([
      ["childAges[0]", "1"],
      ["childAges[1]", "4"],
      ["benefits", "wohngeld"],
      ["benefits", "kindergeld"],
    ]);
  });

  it("gives form defaults as strings", () => {
    expect(answersToDefaults(answers)).toMatchObject({
      childAges: ["7", "12"],
      rent: "780",
      benefits: ["kindergeld"],
    });
  });
});
