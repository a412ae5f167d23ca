// The one form-field wrapper: label, hint and translated error wired to the
// input with aria-describedby / aria-invalid, in KERN's markup.
import { getInputProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";

type Common = {
  label: string;
  hint?: string;
  optional?: boolean;
};

function ids(field: FieldMetadata<unknown>, hint?: string) {
  const described = [hint ? `${field.id}-hint` : null, field.errors?.length ? field.errorId : null]
    .filter(Boolean)
    .join(" ");
  return described || undefined;
}

export function FieldError({ field }: { field: FieldMetadata<unknown> }) {
  const { t } = useTranslation();
  if (!field.errors?.length) return null;
  return (
    <p className="kern-error" id={field.errorId}>
      <span className="kern-icon kern-icon--danger kern-icon--md" aria-hidden="true" />
      <span className="kern-body">{field.errors.map((e) => t(e as never)).join(" ")}</span>
    </p>
  );
}

function Label({ field, label, optional }: Common & { field: FieldMetadata<unknown> }) {
  const { t } = useTranslation();
  return (
    <label className="kern-label" htmlFor={field.id}>
      {label}
      {optional ? <span className="kern-label__optional"> – {t("form.optional")}</span> : null}
    </label>
  );
}

export function TextField({
  field,
  type = "text",
  autoComplete,
  ...common
}: Common & {
  field: FieldMetadata<string | undefined>;
  type?: "text" | "email" | "password" | "tel" | "url";
  autoComplete?: string;
}) {
  const invalid = Boolean(field.errors?.length);
  return (
    <div className={`kern-form-input${invalid ? " kern-form-input--error" : ""}`}>
      <Label field={field as FieldMetadata<unknown>} {...common} />
      {common.hint ? (
        <div className="kern-hint" id={`${field.id}-hint`}>
          {common.hint}
        </div>
      ) : null}
      <FieldError field={field as FieldMetadata<unknown>} />
      <input
        {...getInputProps(field, { type, ariaAttributes: false })}
        className={`kern-form-input__input${invalid ? " kern-form-input__input--error" : ""}`}
        autoComplete={autoComplete}
        aria-invalid={invalid || undefined}
        aria-describedby={ids(field as FieldMetadata<unknown>, common.hint)}
      />
    </div>
  );
}

export function TextAreaField({
  field,
  rows = 5,
  ...common
}: Common & { field: FieldMetadata<string | undefined>; rows?: number }) {
  const invalid = Boolean(field.errors?.length);
  return (
    <div className={`kern-form-input${invalid ? " kern-form-input--error" : ""}`}>
      <Label field={field as FieldMetadata<unknown>} {...common} />
      {common.hint ? (
        <div className="kern-hint" id={`${field.id}-hint`}>
          {common.hint}
        </div>
      ) : null}
      <FieldError field={field as FieldMetadata<unknown>} />
      <textarea
        {...getTextareaProps(field, { ariaAttributes: false })}
        rows={rows}
        className={`kern-form-input__input${invalid ? " kern-form-input__input--error" : ""}`}
        aria-invalid={invalid || undefined}
        aria-describedby={ids(field as FieldMetadata<unknown>, common.hint)}
      />
    </div>
  );
}

/** Form-level errors (e.g. "email or password wrong"), announced to screen readers. */
export function FormAlert({
  errors,
  tone = "danger",
}: {
  errors?: string[];
  tone?: "danger" | "info" | "success";
}) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <div className={`kern-alert kern-alert--${tone}`} role={tone === "danger" ? "alert" : "status"}>
      <div className="kern-alert__body">
        {errors.map((e) => (
          <p className="kern-body" key={e}>
            {t(e as never)}
          </p>
        ))}
      </div>
    </div>
  );
}

export function SubmitButton({
  children,
  variant = "primary",
  name,
  value,
}: {
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "tertiary";
  name?: string;
  value?: string;
}) {
  return (
    <button type="submit" className={`kern-btn kern-btn--${variant}`} name={name} value={value}>
      <span className="kern-label">{children}</span>
    </button>
  );
}
