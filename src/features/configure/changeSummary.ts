import type { AgentInput, Dependency } from '@/api/schemas';
import { t } from '@/lib/i18n';

export type ChangedField = Exclude<keyof AgentInput, 'offering'>;

/** One changed field: old and new when short, otherwise what happened. */
export interface FieldChange {
  field: ChangedField;
  label: string;
  before?: string;
  after?: string;
  details?: string[];
}

const SHORT = 60;

const LABELS: Record<ChangedField, () => string> = {
  name: () => t('Name'),
  version: () => t('Version'),
  dependencies: () => t('Dependencies'),
  config_file_path: () => t('Config file path'),
  config_file_content: () => t('Config file content'),
};

const shown = (value: string | null) => value ?? t('(empty)');

const lineCount = (text: string) => text.replace(/\n$/, '').split('\n').length;

function isShort(value: string | null): boolean {
  return value === null || (!value.includes('\n') && value.length <= SHORT);
}

function describeContent(before: string | null, after: string | null) {
  if (after === null) return [t('removed')];
  const count = lineCount(after);
  if (before === null) return [t('added ({count} lines)', { count })];
  return [t('changed ({count} lines)', { count })];
}

function describeDependencies(before: Dependency[], after: Dependency[]) {
  const old = new Map(before.map((d) => [d.package, d.version]));
  const next = new Map(after.map((d) => [d.package, d.version]));
  const details: string[] = [];

  for (const [pkg, version] of next) {
    const previous = old.get(pkg);
    if (previous === undefined) {
      details.push(t('added {package} {version}', { package: pkg, version }));
    } else if (previous !== version) {
      details.push(
        t('{package}: {before} → {after}', {
          package: pkg,
          before: previous,
          after: version,
        }),
      );
    }
  }
  for (const [pkg, version] of old) {
    if (!next.has(pkg)) {
      details.push(t('removed {package} {version}', { package: pkg, version }));
    }
  }
  return details.length > 0 ? details : [t('order changed')];
}

function sameDependencies(a: Dependency[], b: Dependency[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (d, i) => d.package === b[i]?.package && d.version === b[i]?.version,
    )
  );
}

/**
 * What a save would change, field by field, in form order. Both sides
 * should be normalized the same way (`toAgentInput`), so an untouched form
 * yields no changes.
 */
export function summarizeChanges(
  before: AgentInput,
  after: AgentInput,
): FieldChange[] {
  const changes: FieldChange[] = [];
  const scalar = (field: 'name' | 'version' | 'config_file_path') => {
    if (before[field] === after[field]) return;
    changes.push({
      field,
      label: LABELS[field](),
      before: shown(before[field]),
      after: shown(after[field]),
    });
  };

  scalar('name');
  scalar('version');
  if (!sameDependencies(before.dependencies, after.dependencies)) {
    changes.push({
      field: 'dependencies',
      label: LABELS.dependencies(),
      details: describeDependencies(before.dependencies, after.dependencies),
    });
  }
  scalar('config_file_path');

  const oldText = before.config_file_content;
  const newText = after.config_file_content;
  if (oldText !== newText) {
    const label = LABELS.config_file_content();
    changes.push(
      isShort(oldText) && isShort(newText)
        ? {
            field: 'config_file_content',
            label,
            before: shown(oldText),
            after: shown(newText),
          }
        : {
            field: 'config_file_content',
            label,
            details: describeContent(oldText, newText),
          },
    );
  }
  return changes;
}
