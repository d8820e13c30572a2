// Two tabs must not share a name in the undo log: "Duplicate tab" (and window.open) copy
// sessionStorage, so the copy starts with its original's id. A tab says hello with its id on
// a BroadcastChannel; a live tab with the same id answers, and the newcomer takes a new one.
export interface TabClaim {
  stop: () => void;
}

interface Message {
  kind: 'hello' | 'taken';
  tab: string;
}

function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    ((value as Message).kind === 'hello' || (value as Message).kind === 'taken') &&
    typeof (value as Message).tab === 'string'
  );
}

/**
 * Announces `tab()` and answers others' hellos; `taken` runs when another live tab already
 * holds this tab's id (the caller picks a new one). No BroadcastChannel: nothing to do.
 */
export function claimTabId(
  tab: () => string,
  taken: () => void,
  open: (name: string) => BroadcastChannel | null = (name) =>
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null,
): TabClaim {
  const channel = open('mixplan-tabs');
  if (!channel) return { stop: () => undefined };
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isMessage(message) || message.tab !== tab()) return;
    if (message.kind === 'hello') channel.postMessage({ kind: 'taken', tab: message.tab });
    else taken();
  };
  channel.postMessage({ kind: 'hello', tab: tab() });
  return { stop: () => channel.close() };
}
