/**
 * The signed-in user's Waldur API token. Real mode keeps it in
 * sessionStorage (this browser tab only); mock mode is handed one by the
 * mock start-up. A 401 clears it, which brings the sign-in back.
 */
const STORAGE_KEY = 'site-kit:token';

let memoryToken: string | null = null;
const listeners = new Set<() => void>();

/**
 * Why the sign-in shows: `rejected` when the token just typed on the form
 * got a 401 before any request with it succeeded, `expired` when a token
 * the kit was already using got one. Never the token itself.
 */
export type SignInReason = 'rejected' | 'expired';

export interface SignInState {
  /** Null on a first visit, and after a sign-in or a sign-out. */
  reason: SignInReason | null;
  /** A typed token was just sent and its first answers are awaited. */
  isChecking: boolean;
}

/* A new object on every change, as useSyncExternalStore compares them. */
let signInState: SignInState = { reason: null, isChecking: false };
/** The token in use was typed and no request with it has succeeded yet. */
let isUnproven = false;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function notify(): void {
  listeners.forEach((listener) => listener());
}

/** A host that mounts the kit may own the token; see setTokenSource. */
let tokenSource: (() => string | null | undefined) | null = null;

export function getToken(): string | null {
  return (
    tokenSource?.() ?? memoryToken ?? storage()?.getItem(STORAGE_KEY) ?? null
  );
}

/**
 * Lets a host hand in its own token getter (null to stop). The kit's own
 * token, if any, is the fallback when the getter has none.
 */
export function setTokenSource(
  source: (() => string | null | undefined) | null,
): void {
  tokenSource = source;
  notify();
}

function storeToken(token: string | null, persist: boolean): void {
  memoryToken = persist ? null : token;
  const store = storage();
  if (persist && token) store?.setItem(STORAGE_KEY, token);
  else store?.removeItem(STORAGE_KEY);
}

/** Sets or clears the token as a fact: no sign-in reason, nothing to check. */
export function setToken(token: string | null, persist = true): void {
  storeToken(token, persist);
  isUnproven = false;
  signInState = { reason: null, isChecking: false };
  notify();
}

/** Signs in with a token the person typed; see noteTokenAccepted. */
export function signIn(token: string): void {
  storeToken(token, true);
  isUnproven = true;
  signInState = { reason: null, isChecking: true };
  notify();
}

/** A request succeeded: the token in use is a good one. */
export function noteTokenAccepted(): void {
  if (!isUnproven) return;
  isUnproven = false;
  signInState = { reason: null, isChecking: false };
  notify();
}

/**
 * The first answers came and neither proved nor refused the token (the
 * network failed, say): stop waiting. A 401 still counts as a refusal
 * until a request succeeds.
 */
export function stopChecking(): void {
  if (!signInState.isChecking) return;
  signInState = { ...signInState, isChecking: false };
  notify();
}

/**
 * The kit's answer to a 401: forgets the token and remembers why, for the
 * sign-in form to say. A 401 to a request sent without a token (one that
 * was under way as the session ended) changes nothing.
 */
export function endSession(): void {
  if (!getToken()) return;
  storeToken(null, true);
  signInState = {
    reason: isUnproven ? 'rejected' : 'expired',
    isChecking: false,
  };
  isUnproven = false;
  notify();
}

export function getSignInState(): SignInState {
  return signInState;
}

/** Called on every change of the token or of the sign-in state. */
export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
