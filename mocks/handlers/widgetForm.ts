import { WIDGET_POSITIONS, WIDGET_THEMES } from '@/api/schemas';

import { identityAccess } from '../access';
import { db } from '../db';
import { normalizeUuid } from '../http/filters';
import { Form } from '../http/form';
import { forbidden } from '../http/responses';
import type { IdentityRecord, UserRecord, WidgetRecord } from '../records';

export type WidgetFields = Partial<
  Omit<WidgetRecord, 'uuid' | 'identity' | 'public_id' | 'created' | 'modified'>
>;

export const WIDGET_DEFAULTS: Required<WidgetFields> = {
  name: '',
  theme: 'light',
  position: 'bottom-right',
  primary_color: '#1f6feb',
  welcome_message: '',
  placeholder: '',
  auto_open: false,
  auto_open_delay: 0,
  language: 'en',
  allowed_origins: [],
  is_active: true,
};

const MAX_ORIGINS = 50;
const HOST = '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?';
const DOMAIN = `${HOST}(\\.${HOST})+`;
const PORT = '(:\\d{1,5})?';
/**
 * `https://host` or `https://*.host` (the wildcard a whole leftmost label
 * of a real domain); plain http only for the developer's own machine.
 */
const ORIGIN = new RegExp(
  `^(https://(\\*\\.)?${DOMAIN}${PORT}|https?://(localhost|127\\.0\\.0\\.1|\\[::1\\])${PORT})$`,
  'i',
);
const LANGUAGE = /^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?$/i;
const COLOR = /^#[0-9a-f]{6}$/i;

function choice<T extends string>(
  form: Form,
  name: string,
  choices: readonly T[],
) {
  const value = form.text(name, { blank: true });
  if (value === undefined || value === null) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  return form.fail(name, `"${value}" is not a valid choice.`);
}

function matching(form: Form, name: string, pattern: RegExp, message: string) {
  const value = form.text(name);
  if (typeof value !== 'string') return undefined;
  return pattern.test(value) ? value : form.fail(name, message);
}

/** DRF's ListField: errors of items keyed by their index. */
function readOrigins(form: Form): string[] | undefined {
  const value = form.body.allowed_origins;
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    return form.fail(
      'allowed_origins',
      'Expected a list of items but got type "dict".',
    );
  }
  if (value.length > MAX_ORIGINS) {
    return form.fail(
      'allowed_origins',
      `Ensure this field has no more than ${MAX_ORIGINS} elements.`,
    );
  }
  const errors: Record<string, string[]> = {};
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string') errors[index] = ['Not a valid string.'];
    else if (!ORIGIN.test(item.trim()))
      errors[index] = ['Enter a valid origin.'];
  });
  if (Object.keys(errors).length > 0)
    return form.fail('allowed_origins', errors);
  return (value as string[]).map((origin) => origin.trim());
}

/**
 * Validates a widget body. On PUT the agent is fixed; absent fields keep
 * their values. Field errors (400) come before the permission check (403).
 */
export function readWidgetInput(
  body: Record<string, unknown>,
  user: UserRecord,
  existing?: WidgetRecord,
): { identity: IdentityRecord; fields: WidgetFields } {
  const form = new Form(body);
  const ref = form.text('identity', { required: true });
  const identity = db.identities.find(
    (i) =>
      i.uuid === normalizeUuid(ref ?? '') && identityAccess(user, i) !== 'none',
  );
  if (typeof ref === 'string' && !identity) {
    form.fail('identity', `Object with uuid=${ref} does not exist.`);
  }
  if (existing && identity && identity.uuid !== existing.identity) {
    form.fail(
      'identity',
      'Identity cannot be changed after the widget is created.',
    );
  }
  const fields: WidgetFields = {
    name: form.text('name', { required: true, max: 150 }) ?? undefined,
    theme: choice(form, 'theme', WIDGET_THEMES),
    position: choice(form, 'position', WIDGET_POSITIONS),
    primary_color: matching(
      form,
      'primary_color',
      COLOR,
      'Enter a colour as #rrggbb.',
    ),
    welcome_message:
      form.text('welcome_message', { blank: true, max: 500 }) ?? undefined,
    placeholder:
      form.text('placeholder', { blank: true, max: 150 }) ?? undefined,
    auto_open: form.bool('auto_open'),
    auto_open_delay: form.int('auto_open_delay', 0, 600),
    language: matching(
      form,
      'language',
      LANGUAGE,
      'Enter a language tag such as "en" or "de-CH".',
    ),
    allowed_origins: readOrigins(form),
    is_active: form.bool('is_active'),
  };
  form.done();

  // After done() the agent is known; the check only narrows its type.
  if (!identity || identityAccess(user, identity) !== 'manage')
    throw forbidden();
  return { identity, fields };
}
