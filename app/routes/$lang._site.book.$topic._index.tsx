// Booking, step 2 and 3: office, channel and language (a GET form), then the
// free times grouped by day, first free time first. Every time is a link to
// the details step; nothing personal is in these URLs.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  SelectField,
  SlotDays,
  useBerlinFormat,
  type SlotDayView,
} from "~/components/booking/booking-ui";
import { FormAlert } from "~/components/ui/field";
import { slotPageData } from "~/domain/booking/slot-page.server";
import { env } from "~/utils/env.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "booking"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const url = new URL(request.url);
  const page = await slotPageData(params.topic ?? "", url.searchParams, lang, {
    base: `/${lang}/book/${params.topic}/details`,
  });
  if (!page) throw new Response("Not found", { status: 404 });
  const t = getFixedT(lang, "booking");
  return {
    ...page,
    lang,
    title: t("slots.title", { topic: getFixedT(lang, "common")(`topics.${page.topic}` as never) }),
    taken: url.searchParams.get("taken") === "1",
    gone: url.searchParams.get("gone") === "1",
    fromFinder: url.searchParams.get("from") === "finder",
    frontDeskPhone: env.FRONT_DESK_PHONE,
  };
}

export default function BookSlots() {
  const data = useLoaderData<typeof loader>();
  return <SlotPage {...data} />;
}

type SlotPageProps = Awaited<ReturnType<typeof loader>>;

function SlotPage(props: SlotPageProps) {
  const { t } = useTranslation("booking");
  const f = useBerlinFormat();
  const { lang, topic, filters, earliest, days, nextFrom, prevFrom } = props;
  const listBase = `/${lang}/book/${topic}`;
  const keep = (from: string | null) => {
    const q = new URLSearchParams(props.query);
    if (from) q.set("from", from);
    else q.delete("from");
    return `${listBase}?${q}`;
  };
  return (
    <div className="narrow-page">
      <p className="kern-body">
        <Link className="kern-link" to={`/${lang}/book`}>
          {t("slots.otherTopic")}
        </Link>
      </p>
      <h1 className="kern-heading-large">{props.title}</h1>
      <p className="kern-body">{t(`common:topicCovers.${topic}` as never)}</p>
      {props.taken ? <FormAlert errors={["booking:slots.taken"]} /> : null}
      {props.gone ? <FormAlert errors={["booking:slots.gone"]} /> : null}
      {props.fromFinder ? <FormAlert tone="info" errors={["booking:slots.fromFinder"]} /> : null}

      <Form method="get" className="form-stack slot-filters" aria-labelledby="filter-heading">
        <h2 id="filter-heading" className="kern-heading-medium">
          {t("slots.filterHeading")}
        </h2>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t("slots.channel")}</legend>
          <div className="kern-fieldset__body">
            {props.channels.map((c) => (
              <div className="kern-form-check" key={c}>
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  id={`channel-${c}`}
                  name="channel"
                  value={c}
                  defaultChecked={filters.channel === c}
                />
                <label className="kern-label" htmlFor={`channel-${c}`}>
                  {t(`channelChoice.${c}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <SelectField
          id="office"
          name="office"
          label={t("slots.office")}
          value={filters.officeId ?? ""}
          options={[
            { value: "", label: t("slots.anyOffice") },
            ...props.offices.map((o) => ({ value: o.id, label: `${o.name}, ${o.street}` })),
          ]}
        />
        <SelectField
          id="language"
          name="language"
          label={t("slots.language")}
          value={filters.language ?? ""}
          options={[{ value: "", label: t("slots.anyLanguage") }, ...props.languages]}
        />
        {props.query.service ? (
          <input type="hidden" name="service" value={props.query.service} />
        ) : null}
        <p className="kern-hint">{t("slots.interpreterHint")}</p>
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t("slots.filterSubmit")}</span>
        </button>
      </Form>

      <section aria-labelledby="times-heading" className="page-section">
        <h2 id="times-heading" className="kern-heading-medium">
          {t("slots.timesHeading")}
        </h2>
        {earliest ? (
          <p className="kern-body">
            {t("slots.earliest")}{" "}
            <a className="kern-link" href={earliest.href}>
              <time dateTime={earliest.startsAt}>
                {f.day(earliest.startsAt)}, {f.time(earliest.startsAt)}
              </time>
              {earliest.officeName ? `, ${earliest.officeName}` : ""}
            </a>
          </p>
        ) : null}
        {days.length ? (
          <SlotDays days={days as SlotDayView[]} />
        ) : (
          <div className="kern-alert kern-alert--info" role="status">
            <div className="kern-alert__body">
              <p className="kern-body">{t("slots.none")}</p>
              <p className="kern-body">
                {t("slots.nonePhone")}{" "}
                <a
                  className="kern-link"
                  href={`tel:${props.frontDeskPhone.replace(/[^+\d]/g, "")}`}
                >
                  <bdi dir="ltr">{props.frontDeskPhone}</bdi>
                </a>
              </p>
            </div>
          </div>
        )}
        <nav aria-label={t("slots.pagerLabel")} className="slot-pager">
          {prevFrom !== undefined ? (
            <Link className="kern-link" to={keep(prevFrom)}>
              {t("slots.earlier")}
            </Link>
          ) : null}
          {nextFrom ? (
            <Link className="kern-link" to={keep(nextFrom)}>
              {t("slots.later")}
            </Link>
          ) : null}
        </nav>
        <p className="kern-body">
          {t("slots.waitlistText")}{" "}
          <Link
            className="kern-link"
            to={`${listBase}/waitlist?${new URLSearchParams(props.query)}`}
          >
            {t("slots.waitlistLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
