import { describe, expect, it } from "vitest";
import { qrPng, qrSvg } from "./qr.server";

describe("qrSvg", () => {
  it("returns inline SVG without a title, hidden unless given a label", async () => {
    const svg = await qrSvg("T-7K3M9Q");
    expect(svg).toMatch(
      /^<svg aria-hidden="true" focusable="false" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/,
    );
    expect(svg).not.toContain("<title");
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it("carries role=img and the (escaped) label it is given", async () => {
    const svg = await qrSvg("T-7K3M9Q", { label: 'Buchungsnummer "T-7K3M9Q" <QR>' });
    expect(svg).toMatch(
      /^<svg role="img" aria-label="Buchungsnummer &#34;T-7K3M9Q&#34; &#60;QR&#62;" focusable="false" /,
    );
  });

  it("draws different codes for different references", async () => {
    expect(await qrSvg("T-7K3M9Q")).not.toBe(await qrSvg("T-7K3M9R"));
  });
});

describe("qrPng", () => {
  it("returns a PNG image", async () => {
    const png = await qrPng("T-7K3M9Q");
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    // IHDR width (bytes 16–19): the requested 200 pixels.
    expect(png.readUInt32BE(16)).toBe(200);
  });
});
