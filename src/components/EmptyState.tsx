import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
}

/** An empty list says so and offers the next step. */
export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="border rounded p-4 text-center bg-body-tertiary">
      <p className="fw-semibold mb-2">{title}</p>
      {children}
    </div>
  );
}
