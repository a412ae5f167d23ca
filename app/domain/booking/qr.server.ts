// The booking reference as a QR code: the front desk scans it (or types the
// reference) to check the person in. It encodes nothing but the reference, so
// a photo of it reveals no more than the reference printed beside it.
import QRCode from "qrcode";

/** The quiet zone the QR standard asks for (4 modules), medium error correction. */
const OPTIONS = { margin: 4, errorCorrectionLevel: "M" } as const;

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The QR code of `text` as inline SVG markup (no <title>, no size: give it
 * one with CSS; it scales). It is a picture of the reference, so it needs an
 * accessible name that says so (e.g. "QR code of your booking reference
 * T-7K3M9Q"). Either pass `label` – the <svg> then carries role="img" and
 * aria-label – or wrap the markup in an element with role="img" and
 * aria-label yourself: without a label the <svg> is aria-hidden. Always
 * print the reference as text beside it too.
 */
export async function qrSvg(text: string, options: { label?: string } = {}): Promise<string> {
  const svg = await QRCode.toString(text, { ...OPTIONS, type: "svg" });
  const a11y = options.label
    ? `role="img" aria-label="${escapeAttribute(options.label)}" focusable="false"`
    : `aria-hidden="true" focusable="false"`;
  return svg.replace(/^<svg /, `<svg ${a11y} `).trim();
}

/** The QR code of `text` as a PNG (for mails: an inline image with a cid). */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...OPTIONS, type: "png", width: 200 });
}
