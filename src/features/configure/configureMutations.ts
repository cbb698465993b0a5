import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { agentApi } from '@/api/client';
import { agentKeys } from '@/api/queries/agentQueries';
import type { Agent, AgentInput } from '@/api/schemas';

export interface UpdateAgentVariables {
  /** Travels with the values, so they can only go to their own agent. */
  agentId: string;
  input: AgentInput;
}

/** Saves an agent with a full PUT; "Saving…" lasts until fresh data shows. */
export function useUpdateAgent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agentId, input }: UpdateAgentVariables) =>
      agentApi.updateAgent(agentId, input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(agentKeys.detail(saved.uuid), saved);
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: agentKeys.detail(saved.uuid),
        }),
        queryClient.invalidateQueries({ queryKey: agentKeys.lists() }),
      ]);
    },
  });
}

/**
 * Reads the server's copy of an agent right now, to learn whether someone
 * changed it since the form was loaded. It has a key of its own on
 * purpose: a failed check must not turn the cached agent into an error,
 * which would unmount the page and the edits on it; yet the query cache
 * must hear of a 401, which brings the sign-in over the page.
 */
export function useFetchServerCopy() {
  const queryClient = useQueryClient();
  return useCallback(
    async (agentId: string): Promise<Agent> => {
      const fresh = await queryClient.fetchQuery({
        queryKey: [...agentKeys.agent(agentId), 'server-copy'],
        queryFn: () => agentApi.getAgent(agentId),
        staleTime: 0,
        gcTime: 0,
        retry: false,
      });
      queryClient.setQueryData(agentKeys.detail(agentId), fresh);
      return fresh;
    },
    [queryClient],
  );
}

/** Deletes a service with its processors; the agent re-reads its services. */
export function useDeleteService(agentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (serviceUuid: string) => agentApi.deleteService(serviceUuid),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: agentKeys.services(agentId),
        }),
        queryClient.invalidateQueries({ queryKey: agentKeys.detail(agentId) }),
        queryClient.invalidateQueries({ queryKey: agentKeys.lists() }),
      ]);
    },
  });
}
