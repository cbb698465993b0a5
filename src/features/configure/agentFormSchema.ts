import { z } from 'zod';

import type { Agent, AgentInput } from '@/api/schemas';
import { t } from '@/lib/i18n';

import { checkYaml } from './yamlCheck';

/*
 * Field names follow the API's, so a server error's path
 * (`dependencies.1.version`) is the form field's name as it is.
 */
export interface AgentFormValues {
  name: string;
  version: string;
  dependencies: Array<{ package: string; version: string }>;
  config_file_path: string;
  config_file_content: string;
}

export const FORM_FIELDS = [
  'name',
  'version',
  'dependencies',
  'config_file_path',
  'config_file_content',
] as const;

const ABSOLUTE_UNIX_PATH = /^\/[^\0]*$/;

/** Built on use, so messages follow the catalogue loaded at that time. */
export function createAgentFormSchema() {
  const tooLong = (max: number) => t('Use at most {max} characters.', { max });
  const dependencyRow = z.object({
    package: z.string().refine((v) => v.trim() !== '', {
      message: t('Enter the package name.'),
    }),
    version: z.string().refine((v) => v.trim() !== '', {
      message: t('Enter the package version.'),
    }),
  });

  return z.object({
    name: z
      .string()
      .refine((v) => v.trim() !== '', { message: t('Enter a name.') })
      .refine((v) => v.trim().length <= 150, {
        message: tooLong(150),
      }),
    version: z.string().refine((v) => v.trim().length <= 100, {
      message: tooLong(100),
    }),
    dependencies: z.array(dependencyRow),
    config_file_path: z
      .string()
      .refine((v) => v.trim() === '' || ABSOLUTE_UNIX_PATH.test(v.trim()), {
        message: t('Enter an absolute path, such as /etc/agent/config.yaml.'),
      })
      .refine((v) => v.trim().length <= 150, {
        message: tooLong(150),
      }),
    config_file_content: z.string().superRefine((text, ctx) => {
      const problem = checkYaml(text);
      if (!problem) return;
      ctx.addIssue({
        code: 'custom',
        message: t('Line {line}: {reason}', {
          line: problem.line,
          reason: problem.reason,
        }),
      });
    }),
  });
}

/** The form's starting values from the server copy. */
export function toFormValues(agent: Agent): AgentFormValues {
  return {
    name: agent.name,
    version: agent.version ?? '',
    dependencies: agent.dependencies.map((d) => ({ ...d })),
    config_file_path: agent.config_file_path ?? '',
    config_file_content: agent.config_file_content ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value);

/** The full PUT body: empty optional fields become null, as Waldur stores. */
export function toAgentInput(
  values: AgentFormValues,
  offering: string,
): AgentInput {
  return {
    offering,
    name: values.name.trim(),
    version: orNull(values.version.trim()),
    dependencies: values.dependencies.map((d) => ({
      package: d.package.trim(),
      version: d.version.trim(),
    })),
    config_file_path: orNull(values.config_file_path.trim()),
    config_file_content: orNull(values.config_file_content),
  };
}

/** The server copy in the shape a save would send, for comparisons. */
export function normalizeAgent(agent: Agent): AgentInput {
  return toAgentInput(toFormValues(agent), agent.offering);
}
