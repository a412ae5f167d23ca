/** `<title>` for a page: "Page – Sozialagentur Musterstadt". */
export function pageTitle(title: string | undefined, agency = "Sozialagentur Musterstadt") {
  return [{ title: title ? `${title} – ${agency}` : agency }];
}
