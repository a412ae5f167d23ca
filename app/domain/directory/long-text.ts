// The light text format of the directory: paragraphs separated by a blank
// line; lines starting with "- " are list items. Parsed into blocks that
// components render as <p> and <ul>.
export type TextBlock = { kind: "p"; text: string } | { kind: "ul"; items: string[] };

export function parseLongText(text: string | null | undefined): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of (text ?? "").replace(/\r\n/g, "\n").split(/\n{2,}/)) {
    let paragraph: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ kind: "p", text: paragraph.join(" ") });
      if (items.length) blocks.push({ kind: "ul", items });
      paragraph = [];
      items = [];
    };
    for (const raw of chunk.split("\n")) {
      const line = raw.trim();
      if (!line) continue;
      if (line.startsWith("- ")) {
        if (paragraph.length) {
          blocks.push({ kind: "p", text: paragraph.join(" ") });
          paragraph = [];
        }
        items.push(line.slice(2).trim());
      } else {
        if (items.length) {
          blocks.push({ kind: "ul", items });
          items = [];
        }
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/** Plain text of a long text (for meta descriptions, JSON-LD, downloads). */
export function plainText(text: string | null | undefined): string {
  return parseLongText(text)
    .map((b) => (b.kind === "p" ? b.text : b.items.map((i) => `• ${i}`).join("\n")))
    .join("\n\n");
}
