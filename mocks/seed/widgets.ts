import type { WidgetRecord } from '../records';
import { type Rng, token } from '../random';
import { daysAgo } from './clock';
import { AGENT_UUIDS, WIDGET_UUIDS } from './ids';

/** A publishable widget id: `wgt_` and 20 characters; never a secret. */
export function publicId(rng: Rng): string {
  return `wgt_${token(rng, 20)}`;
}

export function seedWidgets(rng: Rng): WidgetRecord[] {
  const identity = AGENT_UUIDS.tartu01;
  const website = daysAgo(rng, 60, 4);
  const helpdesk = daysAgo(rng, 33, 2);
  const staging = daysAgo(rng, 4, 6);
  return [
    {
      uuid: WIDGET_UUIDS.website,
      identity,
      name: 'Public website',
      public_id: publicId(rng),
      theme: 'light',
      position: 'bottom-right',
      primary_color: '#1f6feb',
      welcome_message: 'Hi! Ask me about our HPC services and allocations.',
      placeholder: 'Type your question…',
      auto_open: false,
      auto_open_delay: 0,
      language: 'en',
      allowed_origins: ['https://www.example.org', 'https://*.example.org'],
      is_active: true,
      created: website,
      modified: daysAgo(rng, 9, 1),
    },
    {
      uuid: WIDGET_UUIDS.helpdesk,
      identity,
      name: 'Helpdesk (Deutsch)',
      public_id: publicId(rng),
      theme: 'dark',
      position: 'bottom-left',
      primary_color: '#d63384',
      welcome_message: 'Grüezi! Wie können wir Ihnen helfen?',
      placeholder: 'Frage eingeben…',
      auto_open: true,
      auto_open_delay: 15,
      language: 'de-CH',
      allowed_origins: ['https://helpdesk.example.ch'],
      is_active: true,
      created: helpdesk,
      modified: helpdesk,
    },
    {
      uuid: WIDGET_UUIDS.staging,
      identity,
      name: 'Staging preview',
      public_id: publicId(rng),
      theme: 'auto',
      position: 'bottom-right',
      primary_color: '#198754',
      welcome_message: '',
      placeholder: '',
      auto_open: false,
      auto_open_delay: 0,
      language: 'en-GB',
      allowed_origins: [],
      is_active: false,
      created: staging,
      modified: staging,
    },
  ];
}
