/**
 * German text (names of offices, organisations, laws) inside a page of
 * another language: marked for screen readers and isolated for bidi, so it
 * reads and shows correctly inside Arabic text too.
 */
export function German({ children }: { children: React.ReactNode }) {
  return (
    <span lang="de" dir="ltr" className="bidi-isolate">
      {children}
    </span>
  );
}
