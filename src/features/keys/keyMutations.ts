import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { agentApi } from '@/api/client';
import type { Page } from '@/api/http';
import { keyKeys } from '@/api/queries/keyQueries';
import { usageKeys } from '@/api/queries/usageQueries';
import type { AccessKey, AccessKeyInput } from '@/api/schemas';

type KeyPage = Page<AccessKey>;

/**
 * Marks every cached list and the usage of this agent stale and waits for
 * the ones on screen to refetch, so "Creating…" lasts until the new key
 * shows. Pages not on screen refresh when next shown.
 */
export function useInvalidateKeys(agentId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keyKeys.all(agentId) }),
        queryClient.invalidateQueries({ queryKey: usageKeys.all(agentId) }),
      ]),
    [queryClient, agentId],
  );
}

/*
 * Create and rotate answer with the plaintext. The dialog owner moves it
 * into its own state and calls reset(); gcTime 0 then drops the finished
 * mutation from the mutation cache at once instead of after five minutes.
 */
export function useCreateKey(agentId: string) {
  const invalidate = useInvalidateKeys(agentId);
  return useMutation({
    mutationFn: (input: AccessKeyInput) => agentApi.createAccessKey(input),
    gcTime: 0,
    onSuccess: () => invalidate(),
  });
}

export function useRotateKey(agentId: string) {
  const invalidate = useInvalidateKeys(agentId);
  return useMutation({
    mutationFn: (key: AccessKey) => agentApi.rotateAccessKey(key.uuid),
    gcTime: 0,
    onSuccess: () => invalidate(),
  });
}

/** Applies `change` to every cached page of this agent's keys. */
function useUpdateCachedPages(agentId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (change: (page: KeyPage) => KeyPage) =>
      queryClient.setQueriesData<KeyPage>(
        { queryKey: keyKeys.all(agentId) },
        (page) => (page ? change(page) : page),
      ),
    [queryClient, agentId],
  );
}

export function useRevokeKey(agentId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateKeys(agentId);
  const updatePages = useUpdateCachedPages(agentId);
  return useMutation({
    mutationFn: (key: AccessKey) => agentApi.revokeAccessKey(key.uuid),
    onMutate: async (key: AccessKey) => {
      // A refetch already under way would land after the optimistic change
      // and undo it, so stop it first.
      await queryClient.cancelQueries({ queryKey: keyKeys.all(agentId) });
      const snapshot = queryClient.getQueriesData<KeyPage>({
        queryKey: keyKeys.all(agentId),
      });
      // Show the key revoked at once, on every cached page it is on.
      updatePages((page) => ({
        ...page,
        items: page.items.map((item) =>
          item.uuid === key.uuid ? { ...item, is_active: false } : item,
        ),
      }));
      return { snapshot };
    },
    onError: (_error, _key, context) => {
      // The server refused: put back exactly what was there before.
      context?.snapshot.forEach(([queryKey, data]) =>
        queryClient.setQueryData(queryKey, data),
      );
    },
    // Either way, the server's own answer replaces the guess.
    onSettled: () => invalidate(),
  });
}

export function useDeleteKey(agentId: string) {
  const invalidate = useInvalidateKeys(agentId);
  const updatePages = useUpdateCachedPages(agentId);
  return useMutation({
    mutationFn: (key: AccessKey) => agentApi.deleteAccessKey(key.uuid),
    onSuccess: (_data, key) => {
      // Gone from the server: take it off the screen before the refetch, so
      // an emptied last page can step back without showing it again.
      updatePages((page) => ({
        ...page,
        items: page.items.filter((item) => item.uuid !== key.uuid),
        total:
          page.total !== null && page.items.some((i) => i.uuid === key.uuid)
            ? page.total - 1
            : page.total,
      }));
      return invalidate();
    },
  });
}
