import { useMutation, useQueryClient } from '@tanstack/react-query';

import { agentApi } from '@/api/client';
import { widgetKeys } from '@/api/queries/widgetQueries';
import type { Widget, WidgetInput } from '@/api/schemas';

/** The full PUT body of a widget as it is now (updates are full PUTs). */
export function toWidgetInput(widget: Widget): WidgetInput {
  return {
    identity: widget.identity,
    name: widget.name,
    theme: widget.theme,
    position: widget.position,
    primary_color: widget.primary_color,
    welcome_message: widget.welcome_message,
    placeholder: widget.placeholder,
    auto_open: widget.auto_open,
    auto_open_delay: widget.auto_open_delay,
    language: widget.language,
    allowed_origins: widget.allowed_origins,
    is_active: widget.is_active,
  };
}

/*
 * Each mutation waits for the agent's widget lists to refetch, so the
 * button's "Saving…" lasts until the fresh list is on screen.
 */
function useInvalidateWidgets(agentId: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: widgetKeys.all(agentId) });
}

export function useSaveWidget(agentId: string) {
  const invalidate = useInvalidateWidgets(agentId);
  return useMutation({
    mutationFn: ({ uuid, input }: { uuid?: string; input: WidgetInput }) =>
      uuid ? agentApi.updateWidget(uuid, input) : agentApi.createWidget(input),
    onSuccess: invalidate,
  });
}

export function useSetWidgetActive(agentId: string) {
  const invalidate = useInvalidateWidgets(agentId);
  return useMutation({
    mutationFn: ({ widget, isActive }: { widget: Widget; isActive: boolean }) =>
      agentApi.updateWidget(widget.uuid, {
        ...toWidgetInput(widget),
        is_active: isActive,
      }),
    onSuccess: invalidate,
  });
}

export function useDeleteWidget(agentId: string) {
  const invalidate = useInvalidateWidgets(agentId);
  return useMutation({
    mutationFn: (widget: Widget) => agentApi.deleteWidget(widget.uuid),
    onSuccess: invalidate,
  });
}
