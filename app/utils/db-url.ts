// Where the embedded database lives. DATABASE_URL selects the file
// (`file:./data/app.db`); relative paths are taken from the project root.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function sqliteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (!raw.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file URL (file:...), got "${raw}"`);
  }
  const file = raw.slice("file:".length);
  return "file:" + (path.isAbsolute(file) ? file : path.resolve(process.cwd(), file));
}
