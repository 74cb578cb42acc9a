import type * as nt from "@neurite/core";

/** What fitDataset() consumes: an async-iterable of [x, y] batches (the data package's Dataset, or any generator). */
export type DatasetLike = AsyncIterable<[nt.Tensor, nt.Tensor] | { xs: nt.Tensor; ys: nt.Tensor }>;
