import Button from 'react-bootstrap/Button';

import type { Offering } from '@/api/schemas';
import { CopyButton } from '@/components/CopyButton';
import { EmptyState } from '@/components/EmptyState';
import { config } from '@/config/config';
import { t } from '@/lib/i18n';

function CopyableValue({ label, value }: { label: string; value: string }) {
  return (
    <div className="d-flex flex-wrap align-items-center justify-content-center gap-2 mb-2">
      <span>{label}</span>
      <code>{value}</code>
      <CopyButton text={value} label={t('Copy {label}', { label })} />
    </div>
  );
}

/** The organization provides no offering a site agent could run for. */
export function NoOfferingsState({ orgName }: { orgName: string | null }) {
  return (
    <EmptyState title={t('This organization has no agent offerings')}>
      <p>
        {orgName
          ? t(
              'Site agents run for offerings of {org}, but it provides none of type Slurm, Script, OpenStack tenant or Basic.',
              { org: orgName },
            )
          : t(
              "Site agents run for an organization's offerings, but this one provides none of type Slurm, Script, OpenStack tenant or Basic.",
            )}
      </p>
      <p>
        {t(
          "Create such an offering in Waldur's marketplace; agents that register for it will be listed here. Agents reach this API at:",
        )}
      </p>
      <CopyableValue label={t('API URL')} value={config.apiUrl} />
    </EmptyState>
  );
}

/** Offerings exist but no agent has registered for any of them yet. */
export function NoAgentsState({ offerings }: { offerings: Offering[] }) {
  return (
    <EmptyState title={t('No agents have registered yet')}>
      <p>
        {t(
          "A site agent registers itself the first time it starts. Put the API URL and the UUID of its offering in the agent's configuration file:",
        )}
      </p>
      <CopyableValue label={t('API URL')} value={config.apiUrl} />
      {offerings.map((offering) => (
        <CopyableValue
          key={offering.uuid}
          label={t('Offering UUID of {name}', { name: offering.name })}
          value={offering.uuid}
        />
      ))}
      <p className="mb-0 mt-3">
        {t('You can also register an agent by hand with "Register agent".')}
      </p>
    </EmptyState>
  );
}

/** A search or filter found nothing; the way out is one click. */
export function NoMatchState({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState title={t('No agents match')}>
      <p>
        {t('The name filter matches whole names exactly, not parts of them.')}
      </p>
      <Button variant="outline-primary" onClick={onClear}>
        {t('Clear filters')}
      </Button>
    </EmptyState>
  );
}
