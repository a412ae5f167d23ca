/**
 * Builds the app's stylesheet: app/styles/app.scss (our SCSS plus the parts of
 * KERN we use) → @font-face for the copied fonts → rtlcss for the
 * right-to-left twin → lightningcss minify → content-hashed files in
 * public/assets and a manifest at app/generated/styles.json.
 *
 *   npx tsx scripts/build-css.ts           build once
 *   npx tsx scripts/build-css.ts --watch   rebuild when app/styles changes
 *
 * Why hashed names: the server sends /assets/* as immutable for a year, so a
 * changed file must get a new URL. That holds for fonts too.
 * Decision record: docs/decisions/0002-css-kern-rtl.md
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import browserslist from "browserslist";
import { browserslistToTargets, transform } from "lightningcss";
import * as sass from "sass";

// rtlcss ships no type declarations; this is the one function we call.
const rtlcss = createRequire(import.meta.url)("rtlcss") as {
  process(css: string): string;
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = (...parts: string[]) => path.join(root, ...parts);
const kern = (...parts: string[]) => at("node_modules/@kern-ux/native", ...parts);
const fontsource = (...parts: string[]) =>
  at("node_modules/@fontsource/noto-sans-arabic", ...parts);
const fira = (...parts: string[]) => at("node_modules/@fontsource/fira-sans", ...parts);

const ENTRY = at("app/styles/app.scss");
const STYLES_DIR = at("public/assets/styles");
const FONTS_DIR = at("public/assets/fonts");
const MANIFEST = at("app/generated/styles.json");
const BROWSERS =
  "last 2 Chrome versions, last 2 Firefox versions, last 2 Safari versions, last 2 iOS versions, last 2 ChromeAndroid versions";

type FontFace = {
  family: string;
  /** A range, so that KERN's 500 and 600/700 map to a face without faux bold. */
  weight: string;
  source: string;
  /** fontsource CSS file to take the subset's unicode-range from */
  unicodeRangeFrom?: string;
  /**
   * Parts of that range left out: the Arabic subset also claims invisible
   * direction marks and hyphens, which made every Latin page fetch it.
   */
  withoutRanges?: string[];
};

/**
 * Fira Sans (KERN's typeface) in fontsource's subsets, each with its
 * unicode-range: a German page loads only the Latin files (24 kB per weight
 * instead of KERN's full 130 kB files), Polish and Turkish add latin-ext,
 * Russian and Ukrainian cyrillic.
 */
const FIRA_SUBSETS = ["latin", "latin-ext", "cyrillic"];
const firaFaces = (weight: string, file: string): FontFace[] =>
  FIRA_SUBSETS.map((subset) => ({
    family: "Fira Sans",
    weight,
    source: fira(`files/fira-sans-${subset}-${file}-normal.woff2`),
    unicodeRangeFrom: fira(`${file}.css`),
  }));

const ARABIC_SHARED = ["U+200C-200E", "U+2010-2011", "U+204F", "U+2E41"];

// Only what the CSS uses (checked below): KERN text is 400, labels/titles/
// headings 600, "balanced" headings 500; <strong> is 700.
const FONTS: FontFace[] = [
  ...firaFaces("400 500", "400"),
  ...firaFaces("600 700", "600"),
  {
    family: "Noto Sans Arabic",
    weight: "400 500",
    source: fontsource("files/noto-sans-arabic-arabic-400-normal.woff2"),
    unicodeRangeFrom: fontsource("400.css"),
    withoutRanges: ARABIC_SHARED,
  },
  {
    family: "Noto Sans Arabic",
    weight: "600 700",
    source: fontsource("files/noto-sans-arabic-arabic-700-normal.woff2"),
    unicodeRangeFrom: fontsource("700.css"),
    withoutRanges: ARABIC_SHARED,
  },
];

const hash8 = (data: string | Buffer) =>
  createHash("sha256").update(data).digest("hex").slice(0, 8);

/** Copies the fonts under hashed names and returns their @font-face rules. */
function buildFonts(): { css: string; files: Map<string, number> } {
  fs.mkdirSync(FONTS_DIR, { recursive: true });
  const files = new Map<string, number>();
  const rules = FONTS.map((font) => {
    const data = fs.readFileSync(font.source);
    const name = `${path.basename(font.source, ".woff2")}.${hash8(data)}.woff2`;
    fs.writeFileSync(path.join(FONTS_DIR, name), data);
    files.set(name, data.length);
    const range = font.unicodeRangeFrom
      ? unicodeRange(font.unicodeRangeFrom, font.source)
          .split(",")
          .filter((r) => !font.withoutRanges?.includes(r.trim()))
          .join(",")
      : null;
    return `@font-face {
  font-family: "${font.family}";
  font-style: normal;
  font-weight: ${font.weight};
  font-display: swap;
  src: url("/assets/fonts/${name}") format("woff2");${range ? `\n  unicode-range: ${range};` : ""}
}`;
  });
  removeStale(FONTS_DIR, (file) => /\.[0-9a-f]{8}\.woff2$/.test(file) && !files.has(file));
  return { css: rules.join("\n"), files };
}

/** The unicode-range fontsource declares for one subset file. */
function unicodeRange(cssFile: string, fontFile: string): string {
  const blocks = fs.readFileSync(cssFile, "utf8").split("@font-face");
  const block = blocks.find((b) => b.includes(path.basename(fontFile)));
  const range = block?.match(/unicode-range:\s*([^;}]+)/)?.[1];
  if (!range) throw new Error(`No unicode-range for ${path.basename(fontFile)} in ${cssFile}`);
  return range.trim();
}

/**
 * Drops KERN palette steps (--kern-color-<hue>-<step>) that no var() uses:
 * KERN declares 220, its theme and our SCSS use about 35 (-9 kB, -2 kB gzip).
 * A step used in any SCSS stays; inline styles in TSX should use the
 * semantic tokens (--kern-color-action-default, …), which are all kept.
 */
function dropUnusedPalette(css: string): string {
  const used = new Set([...css.matchAll(/var\((--kern-color-[a-z]+-\d{3})\b/g)].map((m) => m[1]));
  return css.replace(/\s*(--kern-color-[a-z]+-\d{3}):[^;}]+;/g, (decl, name: string) =>
    used.has(name) ? decl : "",
  );
}

function compileSass(): string {
  return sass.compile(ENTRY, {
    loadPaths: [kern("src/scss")],
    // Expanded keeps /*rtl:...*/ directives for rtlcss; lightningcss minifies.
    style: "expanded",
    // KERN's sources trigger Sass deprecation warnings we cannot fix.
    quietDeps: true,
  }).css;
}

const targets = browserslistToTargets(browserslist(BROWSERS));

function minify(css: string, filename: string): string {
  const { code, warnings } = transform({ filename, code: Buffer.from(css), minify: true, targets });
  for (const w of warnings) console.warn(`lightningcss (${filename}): ${w.message}`);
  return code.toString();
}

/**
 * Font weights the CSS asks for, with var() resolved against the declared
 * custom properties. Fails the build if no copied face covers one.
 */
function checkFontWeights(css: string) {
  const props = new Map<string, string>();
  for (const [, name, value] of css.matchAll(/(--[\w-]+):\s*([^;}]+)/g)) {
    if (name && value && !props.has(name)) props.set(name, value.trim());
  }
  const resolve = (value: string, depth = 0): string =>
    depth > 10
      ? value
      : value.replace(/var\((--[\w-]+)(?:,\s*([^)]+))?\)/g, (_, name: string, fallback?: string) =>
          resolve(props.get(name) ?? fallback ?? "", depth + 1),
        );
  const keywords: Record<string, string> = { normal: "400", bold: "700" };
  const used = new Set<string>();
  const rules = css.replace(/@font-face\s*{[^}]*}/g, "");
  for (const [, value] of rules.matchAll(/font-weight:\s*([^;}!]+)/g)) {
    const w = resolve(value!.trim());
    used.add(keywords[w] ?? w);
  }
  const covered = (w: number) =>
    FONTS.some((f) => {
      const [min, max = min] = f.weight.split(" ").map(Number);
      return f.family === "Fira Sans" && w >= min! && w <= max!;
    });
  const missing = [...used].filter((w) => /^\d+$/.test(w) && !covered(Number(w)));
  if (missing.length) {
    throw new Error(
      `CSS uses font-weight ${missing.join(", ")}, but no Fira Sans face covers it (FONTS)`,
    );
  }
  return [...used].sort();
}

/** Deletes files in dir for which isStale returns true. */
function removeStale(dir: string, isStale: (file: string) => boolean) {
  for (const file of fs.readdirSync(dir)) {
    if (isStale(file)) fs.rmSync(path.join(dir, file));
  }
}

function build() {
  const started = performance.now();
  const fonts = buildFonts();
  const css = `${fonts.css}\n${dropUnusedPalette(compileSass())}`;
  const outputs = {
    ltr: minify(css, "app.css"),
    rtl: minify(rtlcss.process(css), "app.rtl.css"),
  };
  const weights = checkFontWeights(outputs.ltr);

  fs.mkdirSync(STYLES_DIR, { recursive: true });
  const names = {
    ltr: `app.${hash8(outputs.ltr)}.css`,
    rtl: `app.rtl.${hash8(outputs.rtl)}.css`,
  };
  fs.writeFileSync(path.join(STYLES_DIR, names.ltr), outputs.ltr);
  fs.writeFileSync(path.join(STYLES_DIR, names.rtl), outputs.rtl);

  const manifest = { ltr: `/assets/styles/${names.ltr}`, rtl: `/assets/styles/${names.rtl}` };
  fs.mkdirSync(path.dirname(MANIFEST), { recursive: true });
  const json = `${JSON.stringify(manifest, null, 2)}\n`;
  // Rewriting an unchanged manifest would make Vite reload the dev server.
  if (!fs.existsSync(MANIFEST) || fs.readFileSync(MANIFEST, "utf8") !== json) {
    fs.writeFileSync(MANIFEST, json);
  }
  removeStale(
    STYLES_DIR,
    (file) => /^app(\.rtl)?\.[0-9a-f]{8}\.css$/.test(file) && !Object.values(names).includes(file),
  );

  const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(6)} kB`;
  const row = (name: string, raw: number, gz?: number) =>
    console.log(`  ${name.padEnd(44)} ${kb(raw)}${gz === undefined ? "" : `  gzip ${kb(gz)}`}`);
  console.log(
    `CSS built in ${Math.round(performance.now() - started)} ms (font weights used: ${weights.join(", ")})`,
  );
  row(names.ltr, outputs.ltr.length, gzipSync(outputs.ltr, { level: 9 }).length);
  row(names.rtl, outputs.rtl.length, gzipSync(outputs.rtl, { level: 9 }).length);
  for (const [name, size] of fonts.files) row(`fonts/${name}`, size);
}

build();

if (process.argv.includes("--watch")) {
  let timer: NodeJS.Timeout | undefined;
  console.log("Watching app/styles …");
  fs.watch(at("app/styles"), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        build();
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
      }
    }, 100);
  });
}
