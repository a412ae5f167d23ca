// The directory's version: one row that every change to published directory
// content bumps. Caches of directory data (search index, rendered lists) keep
// the version they were built from and rebuild when it moved, so a publish in
// one server process is seen by all others within one request.
import { prisma } from "~/utils/db.server";

export const DIRECTORY_VERSION_KEY = "directory.version";

export async function directoryVersion(): Promise<string> {
  const row = await prisma.siteSetting.findUnique({
    where: { key: DIRECTORY_VERSION_KEY },
    select: { value: true },
  });
  return row?.value ?? "0";
}

/** Call after any change to services, taxonomies, offices or organisations. */
export async function bumpDirectoryVersion(changedById?: string | null): Promise<string> {
  const value = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await prisma.siteSetting.upsert({
    where: { key: DIRECTORY_VERSION_KEY },
    create: { key: DIRECTORY_VERSION_KEY, value, updatedById: changedById ?? null },
    update: { value, updatedById: changedById ?? null },
  });
  return value;
}

/**
 * A value derived from the directory, rebuilt only when the version moved.
 * The version check is one indexed read per call.
 */
export function versionedCache<T>(build: () => Promise<T>) {
  let cached: { version: string; value: Promise<T> } | null = null;
  return async function get(): Promise<T> {
    const version = await directoryVersion();
    if (!cached || cached.version !== version) {
      const value = build();
      cached = { version, value };
      value.catch(() => {
        if (cached?.value === value) cached = null;
      });
    }
    return cached.value;
  };
}
