// Pieces of the citizen booking pages: the free times of a topic grouped by
// day, the facts of one appointment, and plain GET-form controls. No client
// JavaScript: every choice is a link or a form.
import { useTranslation } from "react-i18next";
import { Fact } from "~/components/ui/fact";
import { mapLink } from "~/utils/map-link";

const TZ = "Europe/Berlin";

/** An instant as loaders give it: a Date (single fetch keeps them) or ISO text. */
export type When = Date | string;
export const iso = (v: When) => (typeof v === "string" ? v : v.toISOString());

export function useBerlinFormat() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return {
    day: (v: When) =>
      new Intl.DateTimeFormat(lng, {
        timeZone: TZ,
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
      }).format(new Date(v)),
    time: (v: When) =>
      new Intl.DateTimeFormat(lng, { timeZone: TZ, hour: "2-digit", minute: "2-digit" }).format(
        new Date(v),
      ),
  };
}

export interface SlotLink {
  startsAt: string;
  officeName: string | null;
  href: string;
}

export interface SlotDayView {
  date: string;
  slots: SlotLink[];
}

/** Free times by day: each time is a link to the next step. */
export function SlotDays({
  days,
  headingLevel = 3,
}: {
  days: SlotDayView[];
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation("booking");
  const f = useBerlinFormat();
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="slot-days">
      {days.map((day) => {
        const first = day.slots[0];
        if (!first) return null;
        const headingId = `day-${day.date}`;
        return (
          <section key={day.date} aria-labelledby={headingId} className="slot-day">
            <H id={headingId} className="kern-heading-small">
              <time dateTime={day.date}>{f.day(first.startsAt)}</time>
            </H>
            <ul className="slot-list">
              {day.slots.map((slot) => (
                <li key={slot.href}>
                  <a className="kern-btn kern-btn--secondary slot-link" href={slot.href}>
                    <span className="kern-label">
                      <time dateTime={slot.startsAt} className="bidi-isolate">
                        {f.time(slot.startsAt)}
                      </time>
                      {slot.officeName ? (
                        <span className="slot-link__office">{slot.officeName}</span>
                      ) : null}
                      <span className="visually-hidden">
                        {" "}
                        {t("slots.chooseHint", { day: f.day(slot.startsAt) })}
                      </span>
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export interface OfficeFacts {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string | null;
  lat: number | null;
  lng: number | null;
  accessibility: string;
}

/** When, how and where: the facts every booking screen repeats. */
export function AppointmentFacts({
  startsAt,
  endsAt,
  channel,
  office,
  topicKey,
  videoUrl,
  reference,
}: {
  startsAt: When;
  endsAt: When;
  channel: "IN_PERSON" | "PHONE" | "VIDEO";
  office: OfficeFacts;
  topicKey: string;
  videoUrl?: string | null;
  reference?: string;
}) {
  const { t } = useTranslation("booking");
  const f = useBerlinFormat();
  return (
    <dl className="kern-description-list">
      <Fact term={t("facts.topic")}>{t(`common:topics.${topicKey}` as never)}</Fact>
      <Fact term={t("facts.date")}>
        <time dateTime={iso(startsAt)}>{f.day(startsAt)}</time>
      </Fact>
      <Fact term={t("facts.time")}>
        <span className="bidi-isolate">
          {t("facts.timeRange", { from: f.time(startsAt), to: f.time(endsAt) })}
        </span>
      </Fact>
      <Fact term={t("facts.channel")}>{t(`common:channels.${channel}` as never)}</Fact>
      {channel === "IN_PERSON" ? (
        <Fact term={t("facts.place")}>
          {office.name}
          <br />
          {office.street}, {office.postalCode} {office.city}
          <br />
          <a className="kern-link" href={mapLink(office)}>
            {t("facts.map")}
          </a>
          {office.accessibility ? (
            <>
              <br />
              {t("facts.accessibility", { text: office.accessibility })}
            </>
          ) : null}
        </Fact>
      ) : channel === "PHONE" ? (
        <Fact term={t("facts.place")}>{t("facts.phoneCall")}</Fact>
      ) : (
        <Fact term={t("facts.place")}>
          {videoUrl ? (
            <a className="kern-link" href={videoUrl}>
              {t("facts.videoLink")}
            </a>
          ) : (
            t("facts.videoLater")
          )}
        </Fact>
      )}
      {reference ? (
        <Fact term={t("facts.reference")}>
          <bdi dir="ltr" className="reference-code">
            {reference}
          </bdi>
        </Fact>
      ) : null}
    </dl>
  );
}

/** A labelled select for GET filter forms. */
export function SelectField({
  id,
  name,
  label,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select className="kern-form-input__select" id={id} name={name} defaultValue={value}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The documents to bring, as a checklist to read (the manage page lets people tick them). */
export function DocumentList({ documents }: { documents: { title: string; note?: string }[] }) {
  return (
    <ul className="checklist-plain">
      {documents.map((d) => (
        <li key={d.title}>
          {d.title}
          {d.note ? <span className="kern-hint"> – {d.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
