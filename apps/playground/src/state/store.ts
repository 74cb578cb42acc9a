import { normalize, type AppState } from "./schema.js";

export type Listener = (next: AppState, prev: AppState) => void;

/** The one place the state changes: every update is normalised, then listeners run (URL sync, worker, views). */
export interface Store {
  get(): AppState;
  update(patch: Partial<AppState> | ((s: AppState) => Partial<AppState>)): void;
  subscribe(fn: Listener): () => void;
}

export function createStore(initial: AppState): Store {
  let state = normalize(initial);
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(patch) {
      const prev = state;
      const p = typeof patch === "function" ? patch(prev) : patch;
      state = normalize({ ...prev, ...p });
      for (const fn of listeners) fn(state, prev);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
