import { parseInstant } from '../time';
import { detail, type FieldErrors, ValidationError } from './responses';

/** Reads a JSON object body; a malformed one is DRF's 400 (thrown). */
export async function readBody(
  request: Request,
): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw detail(400, 'JSON parse error - Expecting value.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const type = Array.isArray(body) ? 'list' : typeof body;
    throw new ValidationError({
      non_field_errors: [
        `Invalid data. Expected a dictionary, but got ${type}.`,
      ],
    });
  }
  return body as Record<string, unknown>;
}

export const REQUIRED = 'This field is required.';
/** What DRF's BooleanField takes for true and false. */
const TRUE_VALUES = ['true', '1', 'yes', 'y', 'on', 't'];
const FALSE_VALUES = ['false', '0', 'no', 'n', 'off', 'f'];
const DATETIME_FORMAT =
  'Datetime has wrong format. Use one of these formats instead: ' +
  'YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].';

interface TextOptions {
  required?: boolean;
  nullable?: boolean;
  blank?: boolean;
  max?: number;
  /** DRF trims by default; file contents keep their whitespace. */
  trim?: boolean;
}

/**
 * Reads body fields with DRF's rules and messages, collecting errors per
 * field; `done()` throws them as one 400. Absent optional fields read as
 * undefined so a PUT leaves them unchanged, as DRF does.
 */
export class Form {
  readonly errors: FieldErrors = {};

  constructor(readonly body: Record<string, unknown>) {}

  has(name: string): boolean {
    return this.body[name] !== undefined;
  }

  fail(name: string, error: unknown): undefined {
    this.errors[name] ??= typeof error === 'string' ? [error] : error;
    return undefined;
  }

  private present(name: string, required = false, nullable = false) {
    const value = this.body[name];
    if (value === undefined) {
      if (required) this.fail(name, REQUIRED);
      return { ok: false as const };
    }
    if (value === null && !nullable) {
      this.fail(name, 'This field may not be null.');
      return { ok: false as const };
    }
    return { ok: true as const, value };
  }

  text(name: string, options: TextOptions = {}): string | null | undefined {
    const field = this.present(name, options.required, options.nullable);
    if (!field.ok) return undefined;
    if (field.value === null) return null;
    if (typeof field.value !== 'string' && typeof field.value !== 'number') {
      return this.fail(name, 'Not a valid string.');
    }
    // Trimmed as DRF does, so a name of spaces is blank.
    const raw = String(field.value);
    const value = options.trim === false ? raw : raw.trim();
    if (value === '' && !options.blank) {
      return this.fail(name, 'This field may not be blank.');
    }
    if (options.max !== undefined && value.length > options.max) {
      return this.fail(
        name,
        `Ensure this field has no more than ${options.max} characters.`,
      );
    }
    return value;
  }

  bool(name: string, required = false): boolean | undefined {
    const field = this.present(name, required);
    if (!field.ok) return undefined;
    const text = String(field.value).toLowerCase();
    if (TRUE_VALUES.includes(text)) return true;
    if (FALSE_VALUES.includes(text)) return false;
    return this.fail(name, 'Must be a valid boolean.');
  }

  int(name: string, min: number, max: number): number | undefined {
    const field = this.present(name);
    if (!field.ok) return undefined;
    const value = Number(field.value);
    if (
      typeof field.value === 'boolean' ||
      field.value === '' ||
      !Number.isInteger(value)
    ) {
      return this.fail(name, 'A valid integer is required.');
    }
    if (value < min) {
      return this.fail(
        name,
        `Ensure this value is greater than or equal to ${min}.`,
      );
    }
    if (value > max) {
      return this.fail(
        name,
        `Ensure this value is less than or equal to ${max}.`,
      );
    }
    return value;
  }

  instant(name: string, nullable = false): Date | null | undefined {
    const field = this.present(name, false, nullable);
    if (!field.ok) return undefined;
    if (field.value === null) return null;
    const value =
      typeof field.value === 'string' ? parseInstant(field.value) : null;
    return value ?? this.fail(name, DATETIME_FORMAT);
  }

  done(): void {
    if (Object.keys(this.errors).length > 0) {
      throw new ValidationError(this.errors);
    }
  }
}
