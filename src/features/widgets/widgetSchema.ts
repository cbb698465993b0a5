import { z } from 'zod';

import { WIDGET_POSITIONS, WIDGET_THEMES } from '@/api/schemas';
import type { Widget, WidgetInput } from '@/api/schemas';
import { t } from '@/lib/i18n';

import { isHexColor } from './contrast';
import { formatRule, parseOriginRule, ruleKey } from './originRules';
import { keyRefusal, looksLikeKey } from './secretGuard';

export const MAX_DELAY_SECONDS = 600;
const DIGITS = /^\d+$/;

function text(max: number) {
  return z
    .string()
    .max(max, t('At most {max} characters.', { max }))
    .refine((value) => !looksLikeKey(value), keyRefusal());
}

function canonicalLanguage(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? null;
  } catch {
    return null;
  }
}

/** The form's schema; built per render so messages use the current t(). */
export function widgetFormSchema() {
  return z
    .object({
      name: text(150).refine((v) => v.trim() !== '', t('Enter a name.')),
      theme: z.enum(WIDGET_THEMES),
      position: z.enum(WIDGET_POSITIONS),
      primary_color: z
        .string()
        .refine(isHexColor, t('Use a colour such as #0d6efd.')),
      welcome_message: text(500),
      placeholder: text(150),
      auto_open: z.boolean(),
      // Text, not a number input: `e`, `-` and `1e999` must be errors, and
      // an empty field must stay empty rather than become 0.
      auto_open_delay: z.string(),
      language: z.string().refine((v) => canonicalLanguage(v) !== null, {
        error: t('Enter a BCP 47 language tag, such as en or de-CH.'),
      }),
      allowed_origins: z.array(
        z.object({
          value: z.string().superRefine((value, ctx) => {
            const parsed = looksLikeKey(value)
              ? { ok: false as const, error: keyRefusal() }
              : parseOriginRule(value);
            if (!parsed.ok)
              ctx.addIssue({ code: 'custom', message: parsed.error });
          }),
        }),
      ),
    })
    .superRefine((values, ctx) => {
      const delay = values.auto_open_delay.trim();
      if (values.auto_open && delay !== '') {
        if (!DIGITS.test(delay)) {
          ctx.addIssue({
            code: 'custom',
            path: ['auto_open_delay'],
            message: t('Enter whole seconds using digits only, 0 to {max}.', {
              max: MAX_DELAY_SECONDS,
            }),
          });
        } else if (Number(delay) > MAX_DELAY_SECONDS) {
          ctx.addIssue({
            code: 'custom',
            path: ['auto_open_delay'],
            message: t('At most {max} seconds.', { max: MAX_DELAY_SECONDS }),
          });
        }
      }
      const seen = new Map<string, number>();
      values.allowed_origins.forEach(({ value }, index) => {
        const parsed = parseOriginRule(value);
        if (!parsed.ok) return;
        const key = ruleKey(parsed.rule);
        const first = seen.get(key);
        if (first === undefined) seen.set(key, index);
        else
          ctx.addIssue({
            code: 'custom',
            path: ['allowed_origins', index, 'value'],
            message: t('Same as rule {n}.', { n: first + 1 }),
          });
      });
    });
}

export type WidgetFormValues = z.input<ReturnType<typeof widgetFormSchema>>;
export type WidgetSettings = Omit<WidgetInput, 'identity' | 'is_active'>;

/**
 * The body fields from valid form values. An empty delay means "no delay"
 * and is sent as 0 on purpose; with auto-open off the delay is unused, and a
 * leftover invalid entry is sent as 0 rather than blocking the save.
 */
export function toSettings(values: WidgetFormValues): WidgetSettings {
  const delay = values.auto_open_delay.trim();
  return {
    name: values.name.trim(),
    theme: values.theme,
    position: values.position,
    primary_color: values.primary_color.toLowerCase(),
    welcome_message: values.welcome_message,
    placeholder: values.placeholder,
    auto_open: values.auto_open,
    auto_open_delay:
      DIGITS.test(delay) && Number(delay) <= MAX_DELAY_SECONDS
        ? Number(delay)
        : 0,
    language: canonicalLanguage(values.language) ?? values.language.trim(),
    allowed_origins: values.allowed_origins.map(({ value }) => {
      const parsed = parseOriginRule(value);
      return parsed.ok ? formatRule(parsed.rule) : value.trim();
    }),
  };
}

export function defaultFormValues(widget?: Widget): WidgetFormValues {
  if (!widget) {
    return {
      name: '',
      theme: 'auto',
      position: 'bottom-right',
      primary_color: '#0d6efd',
      welcome_message: t('Hi! How can I help you today?'),
      placeholder: t('Type your question…'),
      auto_open: false,
      auto_open_delay: '',
      language: 'en',
      allowed_origins: [],
    };
  }
  return {
    name: widget.name,
    theme: widget.theme,
    position: widget.position,
    primary_color: widget.primary_color,
    welcome_message: widget.welcome_message,
    placeholder: widget.placeholder,
    auto_open: widget.auto_open,
    // Empty and 0 both mean "no delay"; the form shows that as empty.
    auto_open_delay:
      widget.auto_open_delay === 0 ? '' : String(widget.auto_open_delay),
    language: widget.language,
    allowed_origins: widget.allowed_origins.map((value) => ({ value })),
  };
}
