import { useCallback, useSyncExternalStore } from 'react';
import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { ApiProblem } from './http';

/** How long another service may take to learn of a change by event before the UI stops waiting (p99 is ~0.2 s). */
const EVENT_PATIENCE_MS = 4000;
const EVENT_POLL_MS = 250;

/**
 * A change through the API. {@code refresh}: caches of the service that made the change, read again at once.
 * {@code follow}: caches of other services that learn of it by event (Kafka) — reading them at once would show the
 * old state, so they are read again until they change or a few seconds pass; meanwhile useOnItsWay() is true
 * (the page says so with <OnItsWay/>, which stays even when the form that made the change is gone).
 */
export function useChange<Input, Output = unknown>(send: (input: Input) => Promise<Output>, refresh: QueryKey[], follow: QueryKey[] = []) {
  const client = useQueryClient();
  return useMutation<Output, ApiProblem, Input, Map<string, unknown>>({
    mutationFn: send,
    onMutate: () => snapshot(client, follow),
    onSuccess: async (_output, _input, before) => {
      await Promise.all(refresh.map((queryKey) => client.invalidateQueries({ queryKey })));
      // Only what is on screen is waited for; the rest is simply read again when next shown.
      const shown = follow.filter((queryKey) => client.getQueryCache().findAll({ queryKey, type: 'active' }).length > 0);
      await Promise.all(follow.filter((queryKey) => !shown.includes(queryKey)).map((queryKey) => client.invalidateQueries({ queryKey })));
      if (shown.length > 0) {
        travelling(client, +1);
        void arrival(client, shown, before ?? new Map()).finally(() => travelling(client, -1));
      }
    },
  });
}

const ON_ITS_WAY: QueryKey = ['ui', 'changes-on-their-way'];

function travelling(client: QueryClient, change: number) {
  client.setQueryData<number>(ON_ITS_WAY, (count) => Math.max(0, (count ?? 0) + change));
}

/** True while a change is on its way to other services (see useChange's follow). */
export function useOnItsWay(): boolean {
  const client = useQueryClient();
  const subscribe = useCallback((onChange: () => void) => client.getQueryCache().subscribe(onChange), [client]);
  return useSyncExternalStore(subscribe, () => (client.getQueryData<number>(ON_ITS_WAY) ?? 0) > 0);
}

function snapshot(client: QueryClient, keys: QueryKey[]): Map<string, unknown> {
  const before = new Map<string, unknown>();
  for (const queryKey of keys) {
    for (const [key, data] of client.getQueriesData({ queryKey })) before.set(JSON.stringify(key), data);
  }
  return before;
}

/** Reads the followed caches again until each differs from before the change, or the patience runs out. */
async function arrival(client: QueryClient, keys: QueryKey[], before: Map<string, unknown>): Promise<void> {
  const deadline = Date.now() + EVENT_PATIENCE_MS;
  let waiting = keys;
  while (waiting.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, EVENT_POLL_MS));
    // A refetch that hangs must not hold the notice up: each round waits at most one poll interval for it.
    await Promise.race([
      Promise.all(waiting.map((queryKey) => client.refetchQueries({ queryKey, type: 'active' }))),
      new Promise((resolve) => setTimeout(resolve, EVENT_POLL_MS)),
    ]);
    waiting = waiting.filter((queryKey) => client.getQueriesData({ queryKey })
      .every(([key, data]) => before.has(JSON.stringify(key)) && JSON.stringify(before.get(JSON.stringify(key))) === JSON.stringify(data)));
  }
  // Whatever arrived or not: read once more, so inactive caches are fresh when next shown.
  await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
}
