import { useMutation, useQueryClient } from '@tanstack/react-query';

import { agentKeys } from '@/api/queries/agentQueries';
import { agentApi } from '@/api/client';
import type { Agent } from '@/api/schemas';

export interface RegisterAgentValues {
  offering: string;
  name: string;
  version: string;
}

/**
 * Registers an agent by hand, as the site agent would on its first start.
 * Resolves once the lists show it, so the button's progress lasts until then.
 */
export function useRegisterAgent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: RegisterAgentValues) =>
      agentApi.createAgent({
        offering: values.offering,
        name: values.name.trim(),
        version: values.version.trim() || null,
        dependencies: [],
        config_file_path: null,
        config_file_content: null,
      }),
    onSuccess: async (agent: Agent) => {
      // The configure page opens next: hand it the agent without a request.
      queryClient.setQueryData(agentKeys.detail(agent.uuid), agent);
      await queryClient.invalidateQueries({ queryKey: agentKeys.lists() });
    },
  });
}

/**
 * Deletes an agent (its services and processors go with it). Everything
 * cached under the agent is dropped, so no page can show it again, and the
 * lists are refetched before the dialog closes.
 */
export function useDeleteAgent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (agent: Agent) => agentApi.deleteAgent(agent.uuid),
    onSuccess: async (_data, agent) => {
      queryClient.removeQueries({ queryKey: agentKeys.agent(agent.uuid) });
      await queryClient.invalidateQueries({ queryKey: agentKeys.lists() });
    },
  });
}
