import { describe, expect, it } from "vitest";
import { diffLines, diffSnapshots, parseSnapshot } from "./revision-diff";

describe("diffSnapshots", () => {
  it("lists only the changed fields, short values as before and after", () => {
    const changes = diffSnapshots(
      { slug: "wohngeld", emergency: false, sort: 10, url: null },
      { slug: "wohngeld-nrw", emergency: true, sort: 10, url: null },
    );
    expect(changes).toEqual([
      { field: "slug", kind: "value", before: "wohngeld", after: "wohngeld-nrw" },
      { field: "emergency", kind: "value", before: false, after: true },
    ]);
  });

  it("compares lists element by element", () => {
    const changes = diffSnapshots(
      { categories: ["housing", "money-for-living"], hours: [{ weekday: 1, opensAt: "08:00" }] },
      {
        categories: ["money-for-living", "family-children"],
        hours: [{ weekday: 1, opensAt: "08:00" }],
      },
    );
    expect(changes).toEqual([
      { field: "categories", kind: "list", added: ["family-children"], removed: ["housing"] },
    ]);
  });

  it("compares long texts line by line", () => {
    const before = "Erster Absatz.\n\n- Punkt eins\n- Punkt zwei";
    const after = "Erster Absatz.\n\n- Punkt eins\n- Punkt zwei, geändert\n- Punkt drei";
    expect(diffSnapshots({ description: before }, { description: after })).toEqual([
      {
        field: "description",
        kind: "text",
        lines: [
          { op: "del", text: "- Punkt zwei" },
          { op: "add", text: "- Punkt zwei, geändert" },
          { op: "add", text: "- Punkt drei" },
        ],
      },
    ]);
  });

  it("shows every filled field of a first version as new and notes removed fields", () => {
    expect(diffSnapshots(null, { title: "Wohngeld", costs: "", emergency: false })).toEqual([
      { field: "title", kind: "value", before: null, after: "Wohngeld" },
    ]);
    expect(diffSnapshots({ title: "A", note: "x" }, { title: "A" })).toEqual([
      { field: "note", kind: "value", before: "x", after: null },
    ]);
  });

  it("finds nothing when nothing changed", () => {
    const s = { title: "A", list: ["x"], nested: { a: 1 } };
    expect(diffSnapshots(s, structuredClone(s))).toEqual([]);
  });
});

describe("diffLines", () => {
  it("ignores blank lines and surrounding spaces", () => {
    expect(diffLines("a\n\nb", "a\nb  ")).toEqual([]);
    expect(diffLines("", "neu")).toEqual([{ op: "add", text: "neu" }]);
    expect(diffLines("alt", "")).toEqual([{ op: "del", text: "alt" }]);
  });
});

describe("parseSnapshot", () => {
  it("accepts objects only", () => {
    expect(parseSnapshot('{"a":1}')).toEqual({ a: 1 });
    expect(parseSnapshot("[1]")).toEqual({});
    expect(parseSnapshot("kaputt")).toEqual({});
  });
});
