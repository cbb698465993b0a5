import { lazy } from 'react';

/*
 * The list's dialogs load when first wanted, and start loading when a
 * pointer or the focus reaches the button that opens them: the modal
 * machinery and the form library stay out of the agent list's first load.
 */
export const loadRegisterAgentDialog = () => import('./RegisterAgentDialog');
export const loadDeleteAgentDialog = () => import('./DeleteAgentDialog');

export const RegisterAgentDialog = lazy(async () => ({
  default: (await loadRegisterAgentDialog()).RegisterAgentDialog,
}));
export const DeleteAgentDialog = lazy(async () => ({
  default: (await loadDeleteAgentDialog()).DeleteAgentDialog,
}));
