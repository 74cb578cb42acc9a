// Every kernel family; see ../ABI.md for the contract.
export * from "./util";
export * from "./dense";
export * from "./activations";
export * from "./losses";
export * from "./optimizers";
export * from "./random";
export * from "./elementwise";
export * from "./reduce";
export * from "./layout";
export * from "./plan";
export * from "./threads";
