import { describe, expect, it } from 'vitest';

import {
  defaultFormValues,
  toSettings,
  widgetFormSchema,
  type WidgetFormValues,
} from './widgetSchema';

const KEY = 'sak_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';

function valid(overrides: Partial<WidgetFormValues> = {}): WidgetFormValues {
  return {
    ...defaultFormValues(),
    name: 'Support',
    allowed_origins: [{ value: 'https://example.org' }],
    ...overrides,
  };
}

function errorsOf(values: WidgetFormValues): Record<string, string> {
  const result = widgetFormSchema().safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('widget form schema', () => {
  it('accepts the defaults with a name', () => {
    expect(errorsOf(valid())).toEqual({});
  });

  it.each(['', '0', '5', '600', '007'])('accepts the delay %j', (delay) => {
    expect(
      errorsOf(valid({ auto_open: true, auto_open_delay: delay })),
    ).toEqual({});
  });

  it.each([
    ['e', /digits only/],
    ['-', /digits only/],
    ['-5', /digits only/],
    ['1e999', /digits only/],
    ['1.5', /digits only/],
    ['0x10', /digits only/],
    ['Infinity', /digits only/],
    ['601', /At most 600/],
    ['99999999999999999999999', /At most 600/],
  ])('refuses the delay %j', (delay, message) => {
    const errors = errorsOf(valid({ auto_open: true, auto_open_delay: delay }));
    expect(errors.auto_open_delay).toMatch(message);
  });

  it('reports the delay together with field errors', () => {
    const errors = errorsOf(
      valid({
        name: '',
        language: 'en_US',
        auto_open: true,
        auto_open_delay: '-1',
        allowed_origins: [{ value: '*' }, { value: '*' }],
      }),
    );
    expect(Object.keys(errors).sort()).toEqual([
      'allowed_origins.0.value',
      'allowed_origins.1.value',
      'auto_open_delay',
      'language',
      'name',
    ]);
  });

  it('ignores a leftover delay while auto-open is off', () => {
    const values = valid({ auto_open: false, auto_open_delay: 'e' });
    expect(errorsOf(values)).toEqual({});
    expect(toSettings(values).auto_open_delay).toBe(0);
  });

  it('sends an empty delay as 0 and a number as that number', () => {
    expect(toSettings(valid({ auto_open: true })).auto_open_delay).toBe(0);
    const values = valid({ auto_open: true, auto_open_delay: '045' });
    expect(toSettings(values).auto_open_delay).toBe(45);
  });

  it.each(['en', 'de-CH', 'zh-Hant-TW', 'EN-us'])(
    'accepts the language %j',
    (language) => {
      expect(errorsOf(valid({ language }))).toEqual({});
    },
  );

  it.each(['', 'en_US', 'english!', '123', 'x'])(
    'refuses the language %j',
    (language) => {
      expect(errorsOf(valid({ language })).language).toMatch(/BCP 47/);
    },
  );

  it('sends the canonical language tag', () => {
    expect(toSettings(valid({ language: 'EN-us' })).language).toBe('en-US');
  });

  it.each(['red', '#fff', '0d6efd', '#0d6efg', '#0d6efd '])(
    'refuses the colour %j',
    (primary_color) => {
      expect(errorsOf(valid({ primary_color })).primary_color).toBeDefined();
    },
  );

  it('refuses a bare * and a path in origins, on their rows', () => {
    const errors = errorsOf(
      valid({
        allowed_origins: [
          { value: 'https://example.org' },
          { value: '*' },
          { value: 'https://example.org/page' },
        ],
      }),
    );
    expect(Object.keys(errors)).toEqual([
      'allowed_origins.1.value',
      'allowed_origins.2.value',
    ]);
  });

  it('marks a duplicate origin', () => {
    const errors = errorsOf(
      valid({
        allowed_origins: [
          { value: 'https://example.org' },
          { value: 'https://EXAMPLE.org:443' },
        ],
      }),
    );
    expect(errors['allowed_origins.1.value']).toBe('Same as rule 1.');
  });

  it.each(['name', 'welcome_message', 'placeholder'] as const)(
    'refuses a key in %s',
    (field) => {
      expect(errorsOf(valid({ [field]: `use ${KEY}` }))[field]).toMatch(
        /looks like an API key/,
      );
    },
  );

  it('refuses a key as an origin', () => {
    const errors = errorsOf(valid({ allowed_origins: [{ value: KEY }] }));
    expect(errors['allowed_origins.0.value']).toMatch(/looks like an API key/);
  });

  it('limits the welcome message to 500 and the placeholder to 150', () => {
    const errors = errorsOf(
      valid({ welcome_message: 'a'.repeat(501), placeholder: 'a'.repeat(151) }),
    );
    expect(errors.welcome_message).toMatch(/500/);
    expect(errors.placeholder).toMatch(/150/);
  });
});
