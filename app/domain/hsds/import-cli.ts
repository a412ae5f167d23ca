// The pure parts of the import and export commands (scripts/hsds-*.ts):
// reading the input and printing the report.
import type { ImportReport, ReportItem } from "./import.server";

export type ParsedDocument = { ok: true; value: unknown } | { ok: false; error: string };

/** Usable input is JSON whose top level is an object or an array. */
export function parseDocument(text: string): ParsedDocument {
  if (text.trim() === "") return { ok: false, error: "the input is empty" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== "object" || value === null) {
    return {
      ok: false,
      error: "the input must be a JSON object or an array (HSDS objects or a Page)",
    };
  }
  return { ok: true, value };
}

function line(item: ReportItem): string {
  const what = [item.kind, item.id, item.name ? `"${item.name}"` : undefined]
    .filter(Boolean)
    .join(" ");
  return `${what} (${item.path})`;
}

/** A report for people: totals, then every rejection with its reason, then notes. */
export function formatReport(report: ImportReport, options: { notes?: boolean } = {}): string {
  const out: string[] = [];
  out.push(
    `HSDS import: ${report.created.length} created, ${report.updated.length} updated, ` +
      `${report.unchanged.length} unchanged, ${report.rejected.length} rejected ` +
      `(${report.revisions} history rows, ${report.ms} ms)`,
  );
  for (const outcome of ["created", "updated"] as const) {
    for (const item of report[outcome]) out.push(`  ${outcome}: ${line(item)}`);
  }
  for (const item of report.rejected) out.push(`  rejected: ${line(item)}: ${item.reason ?? ""}`);
  if (options.notes !== false) {
    const noted = [...report.created, ...report.updated, ...report.unchanged].filter(
      (i) => i.notes && i.notes.length > 0,
    );
    if (noted.length > 0) out.push("Notes:");
    for (const item of noted) {
      out.push(`  ${line(item)}`);
      for (const note of item.notes ?? []) out.push(`    - ${note}`);
    }
  }
  return out.join("\n");
}
