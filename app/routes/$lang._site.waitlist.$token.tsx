// A person's place on the waitlist, reached by the private link from the mail:
// what they wait for, an open offer (accept or decline), the appointment they
// got, and leaving the list. Every change is a POST (mail scanners follow
// links; a GET never accepts or declines anything), then back here with a
// notice.
import {
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DateTime } from "~/components/ui/date-time";
import { Fact } from "~/components/ui/fact";
import { FormAlert, SubmitButton } from "~/components/ui/field";
import { German } from "~/components/ui/german";
import {
  acceptOffer,
  declineOffer,
  entryView,
  findEntryByToken,
  leaveWaitlist,
  OFFER_HOLD_MINUTES,
} from "~/domain/booking/waitlist.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "waitlist"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageTitle(data?.title),
  { name: "robots", content: "noindex" },
];

/** The page carries a private link: never kept by shared caches or the browser's. */
export const headers: HeadersFunction = () => ({ "Cache-Control": "private, no-store" });

const NOTICES = {
  joined: "success",
  accepted: "success",
  declined: "info",
  left: "info",
  expired: "danger",
  citizenOverlap: "danger",
  busy: "danger",
  notFound: "danger",
} as const;
type Notice = keyof typeof NOTICES;

function isNotice(value: string | null): value is Notice {
  return value !== null && Object.hasOwn(NOTICES, value);
}

async function entryOf(token: string | undefined) {
  const entry = await findEntryByToken(token ?? "");
  if (!entry) throw new Response("Not found", { status: 404 });
  return entry;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = languageOf(request);
  const { id } = await entryOf(params.token);
  const view = await entryView(id);
  if (!view) throw new Response("Not found", { status: 404 });
  const notice = new URL(request.url).searchParams.get("notice");
  const names = new Intl.DisplayNames([lang], { type: "language" });
  return {
    lang,
    title: getFixedT(lang, "waitlist")("entry.title"),
    entry: view,
    languageName: view.language ? (names.of(view.language) ?? view.language) : null,
    notice: isNotice(notice) ? notice : null,
    holdHours: OFFER_HOLD_MINUTES / 60,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = languageOf(request);
  const { id } = await entryOf(params.token);
  const form = await request.formData();
  const intent = form.get("intent");
  const offerId = String(form.get("offer") ?? "").slice(0, 64);
  let notice: Notice;
  if (intent === "accept") {
    const result = await acceptOffer(id, offerId);
    notice = result.ok ? "accepted" : result.reason;
  } else if (intent === "decline") {
    notice = (await declineOffer(id, offerId)).ok ? "declined" : "notFound";
  } else if (intent === "leave") {
    notice = (await leaveWaitlist(id)).ok ? "left" : "notFound";
  } else {
    throw new Response("Bad request", { status: 400 });
  }
  return redirect(`/${lang}/waitlist/${params.token}?notice=${notice}`);
}

export default function WaitlistEntry() {
  const { t } = useTranslation("waitlist");
  const { lang, entry, languageName, notice, holdHours } = useLoaderData<typeof loader>();
  const channelName = (c: string) => t(`common:channels.${c}` as never);
  return (
    <div className="narrow-page">
      <h1 className="kern-heading-large">{t("entry.title")}</h1>
      {notice ? (
        <FormAlert tone={NOTICES[notice]} errors={[`waitlist:entry.notices.${notice}`]} />
      ) : null}

      {entry.openOffers.map((offer, i) => (
        <section key={offer.id} aria-labelledby={`offer-${i}`} className="page-section kern-card">
          <div className="kern-card__container">
            <div className="kern-card__body">
              <h2 id={`offer-${i}`} className="kern-heading-medium">
                {t("entry.offerHeading")}
              </h2>
              <p className="kern-body">{t("entry.offerIntro")}</p>
              <dl className="kern-description-list">
                <Fact term={t("entry.offerWhen")}>
                  <DateTime value={offer.startsAt} />
                </Fact>
                <Fact term={t("entry.offerWhere")}>
                  <German>
                    {offer.office.name}, {offer.office.street}, {offer.office.postalCode}{" "}
                    {offer.office.city}
                  </German>
                </Fact>
                <Fact term={t("entry.offerChannel")}>{channelName(offer.channel)}</Fact>
                <Fact term={t("entry.offerUntil")}>
                  <DateTime value={offer.expiresAt} />
                </Fact>
              </dl>
              <div className="form-stack__actions">
                <Form method="post">
                  <input type="hidden" name="offer" value={offer.id} />
                  <SubmitButton name="intent" value="accept">
                    {t("entry.accept")}
                  </SubmitButton>
                </Form>
                <Form method="post">
                  <input type="hidden" name="offer" value={offer.id} />
                  <SubmitButton name="intent" value="decline" variant="secondary">
                    {t("entry.decline")}
                  </SubmitButton>
                </Form>
              </div>
              <p className="kern-hint">{t("entry.declineHint")}</p>
            </div>
          </div>
        </section>
      ))}

      {entry.booked ? (
        <section aria-labelledby="booked-heading" className="page-section">
          <h2 id="booked-heading" className="kern-heading-medium">
            {t("entry.bookedHeading")}
          </h2>
          <dl className="kern-description-list">
            <Fact term={t("entry.bookedWhen")}>
              <DateTime value={entry.booked.startsAt} />
            </Fact>
            <Fact term={t("entry.bookedReference")}>
              <bdi>{entry.booked.reference}</bdi>
            </Fact>
          </dl>
          <p className="kern-body">
            <Link className="kern-link" to={`/${lang}/appointments/${entry.booked.manageToken}`}>
              {t("entry.manageLink")}
            </Link>
          </p>
          {entry.before ? <p className="kern-body">{t("entry.earlierAppointment")}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="details-heading" className="page-section">
        <h2 id="details-heading" className="kern-heading-medium">
          {t("entry.detailsHeading")}
        </h2>
        <dl className="kern-description-list">
          <Fact term={t("entry.status")}>{t(`entry.statuses.${entry.status}`)}</Fact>
          <Fact term={t("entry.topic")}>{t(`common:topics.${entry.topicKey}` as never)}</Fact>
          <Fact term={t("entry.office")}>
            {entry.office ? <German>{entry.office.name}</German> : t("entry.anyOffice")}
          </Fact>
          <Fact term={t("entry.channel")}>
            {entry.channel ? channelName(entry.channel) : t("entry.anyChannel")}
          </Fact>
          <Fact term={t("entry.language")}>{languageName ?? t("entry.anyLanguage")}</Fact>
          {entry.before && entry.status === "WAITING" ? (
            <Fact term={t("entry.before")}>
              <DateTime value={entry.before} />
            </Fact>
          ) : null}
          <Fact term={t("entry.since")}>
            <DateTime value={entry.createdAt} dateOnly />
          </Fact>
        </dl>
        {entry.before && entry.status === "WAITING" ? (
          <p className="kern-hint">{t("entry.beforeHint")}</p>
        ) : null}
      </section>

      {entry.status === "WAITING" ? (
        <>
          <section aria-labelledby="next-heading" className="page-section">
            <h2 id="next-heading" className="kern-heading-medium">
              {t("entry.nextHeading")}
            </h2>
            <p className="kern-body">{t("entry.nextWaiting", { hours: holdHours })}</p>
          </section>
          <section aria-labelledby="leave-heading" className="page-section">
            <h2 id="leave-heading" className="kern-heading-medium">
              {t("entry.leaveHeading")}
            </h2>
            <p className="kern-body">{t("entry.leaveText")}</p>
            <Form method="post">
              <SubmitButton name="intent" value="leave" variant="secondary">
                {t("entry.leave")}
              </SubmitButton>
            </Form>
          </section>
        </>
      ) : null}
    </div>
  );
}
