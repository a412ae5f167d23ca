// A logged-in citizen's appointments: upcoming first, each with its manage page.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { iso, useBerlinFormat } from "~/components/booking/booking-ui";
import { appointmentsOf } from "~/domain/booking/citizen.server";
import { requireRole } from "~/utils/auth.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "booking"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["CITIZEN"]);
  const lang = languageOf(request);
  const now = Date.now();
  const all = await appointmentsOf(session.user.id);
  const open = (s: string) => s === "BOOKED" || s === "HELD" || s === "CHECKED_IN";
  return {
    lang,
    title: getFixedT(lang, "booking")("list.title"),
    upcoming: all.filter((a) => open(a.status) && a.startsAt.getTime() > now).reverse(),
    past: all.filter((a) => !(open(a.status) && a.startsAt.getTime() > now)),
  };
}

type Row = Awaited<ReturnType<typeof loader>>["upcoming"][number];

export default function MyAppointments() {
  const { t } = useTranslation("booking");
  const { lang, upcoming, past } = useLoaderData<typeof loader>();
  const f = useBerlinFormat();
  const list = (rows: typeof upcoming) => (
    <ul className="link-list">
      {rows.map((a) => (
        <li key={a.reference}>
          <Link className="kern-link" to={`/${lang}/appointments/${a.manageToken}`}>
            <time dateTime={iso(a.startsAt)}>
              {f.day(a.startsAt)}, {f.time(a.startsAt)}
            </time>
            {" – "}
            {t(`common:topics.${a.topicKey}` as never)}
          </Link>{" "}
          <span className="kern-hint">
            ({t(`common:appointmentStatus.${a.status}` as never)}, {a.officeName})
          </span>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("list.title")}</h1>
      <p className="kern-body">
        <Link className="kern-btn kern-btn--primary" to={`/${lang}/book`}>
          <span className="kern-label">{t("list.book")}</span>
        </Link>
      </p>
      <h2 className="kern-heading-medium">{t("list.upcoming")}</h2>
      {upcoming.length ? list(upcoming) : <p className="kern-body">{t("list.none")}</p>}
      {past.length ? (
        <>
          <h2 className="kern-heading-medium">{t("list.past")}</h2>
          {list(past as Row[])}
        </>
      ) : null}
    </div>
  );
}
