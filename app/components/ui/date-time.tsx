import { useTranslation } from "react-i18next";

/** A date and time in Europe/Berlin, formatted for the page language, bidi-isolated. */
export function DateTime({
  value,
  dateOnly = false,
}: {
  value: Date | string;
  dateOnly?: boolean;
}) {
  const { i18n } = useTranslation();
  const date = typeof value === "string" ? new Date(value) : value;
  const text = new Intl.DateTimeFormat(i18n.language, {
    timeZone: "Europe/Berlin",
    dateStyle: "medium",
    ...(dateOnly ? {} : { timeStyle: "short" }),
  }).format(date);
  return (
    <time dateTime={date.toISOString()} className="bidi-isolate">
      {text}
    </time>
  );
}
