// Pieces the directory back-office pages share: form controls that the common
// field wrapper (~/components/ui/field) does not offer yet (select, checkbox,
// checkbox group, text inputs in another language), the translation state,
// language names and long texts. Kept here because this folder is where the
// directory back office lives; the form controls can move to
// ~/components/ui/field.tsx once other pages need them.
import {
  getCollectionProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type FieldMetadata,
} from "@conform-to/react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FieldError } from "~/components/ui/field";
import { parseLongText } from "~/domain/directory/long-text";
import { directionOf } from "~/i18n";
import type { TranslationState } from "./translation-status";

type AnyField = FieldMetadata<unknown>;

function describedBy(field: AnyField, hint?: string) {
  const ids = [hint ? `${field.id}-hint` : null, field.errors?.length ? field.errorId : null];
  return ids.filter(Boolean).join(" ") || undefined;
}

function Hint({ field, hint }: { field: AnyField; hint?: string }) {
  return hint ? (
    <div className="kern-hint" id={`${field.id}-hint`}>
      {hint}
    </div>
  ) : null;
}

function Label({ field, label, optional }: { field: AnyField; label: string; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <label className="kern-label" htmlFor={field.id}>
      {label}
      {optional ? <span className="kern-label__optional"> – {t("form.optional")}</span> : null}
    </label>
  );
}

export function SelectField({
  field,
  label,
  hint,
  options,
  empty,
  optional,
}: {
  field: FieldMetadata<string | number | undefined>;
  label: string;
  hint?: string;
  options: { value: string; label: string; lang?: string }[];
  /** Label of an empty first option ("please choose", "none"). */
  empty?: string;
  optional?: boolean;
}) {
  const f = field as AnyField;
  const invalid = Boolean(field.errors?.length);
  return (
    <div className={`kern-form-input${invalid ? " kern-form-input--error" : ""}`}>
      <Label field={f} label={label} optional={optional} />
      <Hint field={f} hint={hint} />
      <FieldError field={f} />
      <div className="kern-form-input__select-wrapper">
        <select
          {...getSelectProps(field, { ariaAttributes: false })}
          className="kern-form-input__select"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(f, hint)}
        >
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

export function CheckboxField({
  field,
  label,
  hint,
}: {
  field: FieldMetadata<boolean | undefined>;
  label: string;
  hint?: string;
}) {
  const f = field as AnyField;
  const invalid = Boolean(field.errors?.length);
  // Error and hint sit outside the check row: inside it, KERN's flex layout
  // squeezes them into a narrow column.
  return (
    <div>
      <FieldError field={f} />
      <div className={`kern-form-check${invalid ? " kern-form-check--error" : ""}`}>
        <input
          {...getInputProps(field, { type: "checkbox", ariaAttributes: false })}
          className="kern-form-check__checkbox"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(f, hint)}
        />
        <label className="kern-label" htmlFor={field.id}>
          {label}
        </label>
      </div>
      <Hint field={f} hint={hint} />
    </div>
  );
}

/** Several checkboxes for one list field (categories, documents ...). */
export function CheckboxGroup({
  field,
  legend,
  hint,
  options,
}: {
  field: FieldMetadata<string[] | undefined>;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
}) {
  const f = field as AnyField;
  const invalid = Boolean(field.errors?.length);
  const labels = new Map(options.map((o) => [o.value, o.label]));
  return (
    <fieldset
      className={`kern-fieldset${invalid ? " kern-fieldset--error" : ""}`}
      aria-describedby={describedBy(f, hint)}
    >
      <legend className="kern-label">{legend}</legend>
      <Hint field={f} hint={hint} />
      <FieldError field={f} />
      <div className="kern-fieldset__body">
        {getCollectionProps(field, {
          type: "checkbox",
          options: options.map((o) => o.value),
          ariaAttributes: false,
        }).map(({ key, ...props }) => (
          <div className="kern-form-check" key={key}>
            <input {...props} className="kern-form-check__checkbox" />
            <label className="kern-label" htmlFor={props.id}>
              {labels.get(props.value)}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * A text input or textarea whose content is in `lang` (a translation), so
 * screen readers, spell checking and the writing direction follow the text,
 * not the page.
 */
export function TextInLanguage({
  field,
  label,
  hint,
  lang,
  rows,
  optional,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint?: string;
  lang: string;
  /** A textarea with this many rows; without, a one-line input. */
  rows?: number;
  optional?: boolean;
}) {
  const f = field as AnyField;
  const invalid = Boolean(field.errors?.length);
  const common = {
    className: `kern-form-input__input${invalid ? " kern-form-input__input--error" : ""}`,
    lang,
    dir: directionOf(lang),
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy(f, hint),
  };
  return (
    <div className={`kern-form-input${invalid ? " kern-form-input--error" : ""}`}>
      <Label field={f} label={label} optional={optional} />
      <Hint field={f} hint={hint} />
      <FieldError field={f} />
      {rows ? (
        <textarea {...getTextareaProps(field, { ariaAttributes: false })} rows={rows} {...common} />
      ) : (
        <input {...getInputProps(field, { type: "text", ariaAttributes: false })} {...common} />
      )}
    </div>
  );
}

const STATE_ICON: Record<TranslationState, string> = {
  source: "info",
  missing: "danger",
  outdated: "warning",
  current: "success",
};

/** "missing" / "outdated" / "current" with an icon, in words (never colour alone). */
export function StateLabel({ state }: { state: TranslationState }) {
  const { t } = useTranslation("admin");
  return (
    <span className="bidi-isolate">
      <span className={`kern-icon kern-icon--${STATE_ICON[state]}`} aria-hidden="true" />{" "}
      {t(`states.${state}`)}
    </span>
  );
}

/** A language's own name ("Türkçe"), marked with its language. */
export function LanguageName({ lang }: { lang: string }) {
  const { t } = useTranslation();
  return (
    <span lang={lang} dir={directionOf(lang)} className="bidi-isolate">
      {t(`languageNames.${lang}` as never)}
    </span>
  );
}

/**
 * A long directory text (paragraphs, "- " lists) in the language it is
 * written in, styled like the citizen page (`rich-text`).
 */
export function LongText({ text, lang }: { text: string; lang: string }) {
  return (
    <div className="rich-text" lang={lang} dir={directionOf(lang)}>
      {parseLongText(text).map((block, i) =>
        block.kind === "p" ? (
          <p className="kern-body" key={i}>
            {block.text}
          </p>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li className="kern-body" key={j}>
                {item}
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}

/** Links between the parts of the directory back office. */
export function DirectoryNav({ lang }: { lang: string }) {
  const { t } = useTranslation("admin");
  const base = `/${lang}/staff/directory`;
  const links = [
    ["", t("nav.services")],
    ["/categories", t("nav.categories")],
    ["/life-situations", t("nav.lifeSituations")],
    ["/offices", t("nav.offices")],
    ["/organizations", t("nav.organizations")],
  ] as const;
  return (
    <nav aria-label={t("nav.label")} className="page-section">
      <ul className="link-list">
        {links.map(([path, label]) => (
          <li key={path}>
            <Link className="kern-link" to={base + path}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Short fields of one row (opening hours, a contact channel) side by side from medium width. */
export function FieldRow({ children }: { children: React.ReactNode[] }) {
  const width = Math.max(1, Math.floor(12 / children.length));
  return (
    <div className="kern-container-fluid">
      <div className="kern-row">
        {children.map((child, i) => (
          <div className={`kern-col-12 kern-col-md-${width}`} key={i}>
            {child}
          </div>
        ))}
      </div>
    </div>
  );
}
