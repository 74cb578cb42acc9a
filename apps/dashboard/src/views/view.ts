import type { Appended } from "../api.js";
import type { State } from "../state.js";

/** A tab of the app: renders from the shared context and follows state changes and live appends. */
export interface View {
  readonly el: HTMLElement;
  render(): Promise<void>;
  update(changed: Set<keyof State>): void;
  /** Events a watched run gained; `freshTags` when they bring a tag not seen before. */
  appended(a: Appended, freshTags: boolean): void;
  /**
   * The live stream (re)connected and will push appends after these offsets:
   * live data read before them must be fetched again if it is older. Views
   * without it follow appends of their kinds only.
   */
  resync?(next: Map<string, number>): void;
  destroy(): void;
}
