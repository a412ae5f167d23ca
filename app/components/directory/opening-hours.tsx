import { useTranslation } from "react-i18next";
import type { Hours } from "~/domain/directory/catalog.server";

/** Opening hours grouped by weekday; times are bidi-isolated. */
export function OpeningHoursList({ hours, walkInLabel }: { hours: Hours[]; walkInLabel?: string }) {
  const { t } = useTranslation();
  const days = [1, 2, 3, 4, 5, 6, 7]
    .map((d) => ({ weekday: d, slots: hours.filter((h) => h.weekday === d) }))
    .filter((d) => d.slots.length > 0);
  return (
    <dl className="opening-hours">
      {days.map((d) => (
        <div key={d.weekday}>
          <dt>{t(`weekdays.${d.weekday}` as never)}</dt>
          <dd>
            {d.slots.map((s, i) => (
              <span key={i}>
                {i > 0 ? ", " : ""}
                <bdi dir="ltr">
                  {s.opensAt}–{s.closesAt}
                </bdi>
                {s.walkInOnly && walkInLabel ? ` (${walkInLabel})` : ""}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
