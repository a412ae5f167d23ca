/**
 * URLs of the built stylesheets: one per text direction, chosen by the
 * document's `dir` (see docs/decisions/0002-css-kern-rtl.md).
 * The manifest is written by `npm run build:css`, which runs before the
 * Remix build and before typecheck.
 */
import manifest from "~/generated/styles.json";

export const stylesheets: { ltr: string; rtl: string } = manifest;
