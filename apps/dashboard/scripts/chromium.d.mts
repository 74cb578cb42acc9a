import type { Browser } from "playwright-core";
export declare const chromiumArgs: string[];
export declare function launch(): Promise<Browser>;
