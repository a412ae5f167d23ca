// Who changed what, when, in which language: the ContentRevisions of a
// service, category, life situation, office or partner organisation, each
// shown as the difference to the version before it.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DateTime } from "~/components/ui/date-time";
import { FormAlert } from "~/components/ui/field";
import { German } from "~/components/ui/german";
import { getPartnerOrganization } from "~/domain/directory-admin/organizations.server";
import { getOffice } from "~/domain/directory-admin/offices.server";
import type { FieldChange, SnapshotValue } from "~/domain/directory-admin/revision-diff";
import { isHistoryKind, revisionHistory } from "~/domain/directory-admin/revisions.server";
import { getServiceBase } from "~/domain/directory-admin/services.server";
import { getTerm } from "~/domain/directory-admin/taxonomies.server";
import { DirectoryNav, LanguageName } from "~/domain/directory-admin/ui";
import { isLanguage } from "~/i18n";
import { asHttp } from "~/utils/access.server";
import { actorOf, requireRole } from "~/utils/auth.server";
import { getFixedT, languageOf } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";

export const handle = { i18n: ["common", "staff", "admin"], hydrate: true };
export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, ["ADMIN"]);
  const actor = actorOf(session);
  const kind = params.kind;
  const id = params.id ?? "";
  if (!isHistoryKind(kind)) throw new Response("Not found", { status: 404 });
  const name = await asHttp(async () => {
    switch (kind) {
      case "services":
        return (await getServiceBase(actor, id))?.title;
      case "categories":
      case "life-situations":
        return (await getTerm(actor, kind, id))?.title;
      case "offices":
        return (await getOffice(actor, id))?.name;
      case "organizations":
        return (await getPartnerOrganization(actor, id))?.name;
    }
  });
  if (!name) throw new Response("Not found", { status: 404 });
  const entries = await asHttp(() => revisionHistory(actor, kind, id));
  const lang = languageOf(request);
  return {
    lang,
    kind,
    id,
    name,
    title: getFixedT(lang, "admin")("history.title", { name }),
    entries,
  };
}

export default function History() {
  const { t } = useTranslation("admin");
  const { lang, kind, id, name, entries } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-header">
        <h1 className="kern-heading-large">
          {t("history.heading")}: <German>{name}</German>
        </h1>
        <p className="kern-body">{t("history.intro")}</p>
        <p className="kern-body">
          <Link className="kern-link" to={`/${lang}/staff/directory/${kind}/${id}`}>
            {t("history.back")}
          </Link>
        </p>
      </div>
      <DirectoryNav lang={lang} />
      {entries.length === 0 ? <FormAlert tone="info" errors={["admin:history.none"]} /> : null}
      <ol className="link-list" aria-label={t("history.listLabel")}>
        {entries.map((e) => (
          <li key={e.id}>
            <article className="kern-card" aria-labelledby={`rev-${e.id}`}>
              <div className="kern-card__container">
                <div className="kern-card__body">
                  <h2 className="kern-heading-small" id={`rev-${e.id}`}>
                    <DateTime value={e.changedAt} /> – {e.changedBy ?? t("history.system")}
                  </h2>
                  <p className="kern-body">
                    {e.locale ? (
                      <>
                        {t("history.textsIn")}{" "}
                        {isLanguage(e.locale) ? <LanguageName lang={e.locale} /> : e.locale}
                      </>
                    ) : (
                      t("history.baseData")
                    )}
                    {e.first ? ` – ${t("history.first")}` : null}
                  </p>
                  {e.changes.length === 0 ? (
                    <p className="kern-body">{t("history.noChanges")}</p>
                  ) : (
                    <dl className="kern-description-list">
                      {e.changes.map((c) => (
                        <Change key={c.field} change={c} locale={e.locale ?? "de"} />
                      ))}
                    </dl>
                  )}
                </div>
              </div>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}

function Change({ change, locale }: { change: FieldChange; locale: string }) {
  const { t } = useTranslation("admin");
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">
        {t(`fields.${change.field}` as never, { defaultValue: change.field })}
      </dt>
      <dd className="kern-description-list-item__value">
        {change.kind === "value" ? (
          <>
            <del>
              <span className="visually-hidden">{t("history.before")}: </span>
              <Value field={change.field} value={change.before} locale={locale} />
            </del>{" "}
            <span aria-hidden="true">→</span>{" "}
            <ins>
              <span className="visually-hidden">{t("history.after")}: </span>
              <Value field={change.field} value={change.after} locale={locale} />
            </ins>
          </>
        ) : change.kind === "text" ? (
          <ul className="link-list">
            {change.lines.map((l, i) => (
              <li key={i} className="kern-body">
                {l.op === "add" ? (
                  <ins>
                    <span className="visually-hidden">{t("history.added")}: </span>
                    <span lang={locale}>{l.text}</span>
                  </ins>
                ) : (
                  <del>
                    <span className="visually-hidden">{t("history.removed")}: </span>
                    <span lang={locale}>{l.text}</span>
                  </del>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <ul className="link-list">
            {change.removed.map((v, i) => (
              <li key={`r${i}`} className="kern-body">
                <del>
                  <span className="visually-hidden">{t("history.removed")}: </span>
                  <Value field={change.field} value={v} locale={locale} />
                </del>
              </li>
            ))}
            {change.added.map((v, i) => (
              <li key={`a${i}`} className="kern-body">
                <ins>
                  <span className="visually-hidden">{t("history.added")}: </span>
                  <Value field={change.field} value={v} locale={locale} />
                </ins>
              </li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One stored value in words: yes/no, empty, dates, and the known list items. */
function Value({ field, value, locale }: { field: string; value: SnapshotValue; locale: string }) {
  const { t } = useTranslation(["admin", "common"]);
  if (value === null || value === "") return <>{t("history.empty")}</>;
  if (typeof value === "boolean") return <>{value ? t("history.yes") : t("history.no")}</>;
  if (typeof value === "number") return <bdi>{value}</bdi>;
  if (typeof value === "string") {
    if (ISO_DATE.test(value)) return <DateTime value={value} />;
    if (field === "status") return <>{t(`status.${value}` as never, { defaultValue: value })}</>;
    return <span lang={locale}>{value}</span>;
  }
  if (Array.isArray(value)) return <bdi>{JSON.stringify(value)}</bdi>;
  const v = value as Record<string, SnapshotValue>;
  const s = (k: string) => (v[k] === null || v[k] === undefined ? "" : String(v[k]));
  switch (field) {
    case "channels":
      return (
        <>
          {t(`channelKinds.${s("kind")}` as never, { defaultValue: s("kind") })}:{" "}
          <bdi>{s("value")}</bdi>
          {s("label") ? <> ({s("label")})</> : null}
        </>
      );
    case "locations":
      return (
        <>
          <German>{s("office")}</German>: <bdi>{s("languages")}</bdi>
          {s("note") ? <> – {s("note")}</> : null}
        </>
      );
    case "openingHours":
      return (
        <>
          {t(`common:weekdays.${s("weekday")}` as never, { defaultValue: s("weekday") })}{" "}
          <bdi>
            {s("opensAt")}–{s("closesAt")}
          </bdi>
          {v.walkInOnly ? <> ({t("fields.walkInOnly")})</> : null}
        </>
      );
    case "closures":
      return (
        <>
          <bdi>
            {s("startsOn")}
            {s("endsOn") && s("endsOn") !== s("startsOn") ? `–${s("endsOn")}` : ""}
          </bdi>
          : {s("reason")}
        </>
      );
    case "documents":
      return (
        <span lang={locale}>
          {s("title")}
          {s("note") ? ` – ${s("note")}` : ""}
        </span>
      );
    default:
      return <bdi>{JSON.stringify(value)}</bdi>;
  }
}
