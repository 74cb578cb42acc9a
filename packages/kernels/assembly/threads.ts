// Multi-core kernels (simd-threads flavour). Worker instances share the main
// instance's memory and park in threadWorker(); a parallel kernel writes a task
// into the control block, bumps the generation word, and takes chunks itself.
// Every chunk is a disjoint block of the OUTPUT computed by the ordinary
// kernel, so each element goes through the same instructions as in a
// single-threaded call: results are bit-identical for any thread count.
// In the other flavours ASC_FEATURE_THREADS is false and the *MT exports are
// plain calls of the kernels they wrap. plan.ts can call the *MT entry points
// too, so that a compiled training step splits its large kernels.
import { sgemm } from "./dense";
import { preferDirect } from "./gemm-direct";
import { packSharedA, packSharedB, sgemmBlock, sharedPackBlocks, sharedPackFloats } from "./gemm-blocked";
import { activation, activationBackward } from "./activations";
import { binary, unary } from "./elementwise";
import { adagrad, adam, rmsprop, sgd, sgdMomentum } from "./optimizers";
import { gatherRows } from "./layout";

// Control block (bytes); words that different threads write sit on separate cache lines.
const GEN = 0, LIMIT = 4, SPIN = 8, FAILED = 12, MAIN_SPIN = 16;
const PENDING = 64;
const NEXT = 128;
const KIND = 192, CHUNKS = 196, CHUNK = 200, AXIS = 204, ARGS = 208; // 16 argument words
const ASSIGNED = 320, ALIVE = ASSIGNED + 4 * 64, STOP = ALIVE + 4 * 64;
const MAX_THREADS = 64;
const PACKED = STOP + 4 * MAX_THREADS; // shared-packing blocks done (its own line: packers add, computers poll)
const SHARED = PACKED + 64; // the operand a GEMM split packs once for all threads (gemm-blocked.ts)
const SHARED_FLOATS: i64 = 1 << 19; // 2 MiB: A of 512³ or of the digits MLP's 128×784 batch with room to spare
const CTRL_BYTES = SHARED + <i32>SHARED_FLOATS * 4;

const T_NONE = 0, T_SGEMM = 1, T_ACTIVATION = 2, T_ACTIVATION_BACKWARD = 3, T_UNARY = 4, T_BINARY = 5;
const T_SGD = 6, T_SGD_MOMENTUM = 7, T_ADAM = 8, T_RMSPROP = 9, T_ADAGRAD = 10, T_GATHER = 11, T_SGEMM_SHARED = 12;

// Below these sizes a dispatch (a few µs of wake-up and join) costs more than
// the time it saves, so tiny nets never leave the calling thread.
const GEMM_MIN_WORK: i64 = 1 << 18; // multiply-adds
const GEMM_SPLIT = 16; // rows/columns per chunk are multiples of this (MR and NR divide it)
const ELEM_MIN_CHUNK = 16384; // elements
const ELEM_ALIGN = 256; // chunk starts are multiples of this, so vector bodies and tails fall where they do in one call
const CHUNKS_PER_THREAD = 2; // a little slack for a thread that wakes late
// A GEMM chunk that packs its own operands packs all of the one it does not split, so each extra chunk repeats
// that packing: with two chunks per thread the split products did 5–9% more work in all than one call
// (128×128×784, 512³), with one 0–3%: such splits take one chunk per thread. When that operand fits the shared
// area, it is packed once for all threads instead, and the product splits finer (slack for a thread that is
// late or slowed down).
const SHARED_CHUNKS_PER_THREAD = 4;

// The host's clock in milliseconds (performance.now), for the straggler check in dispatch().
@external("env", "nowMs") declare function nowMs(): f64;

// Straggler back-off. When a worker is not running (another process holds
// its core), a split waits for the OS to schedule it, a scheduler time slice
// of milliseconds: a loaded 2-core machine ran small products 5× slower with 2
// threads than with 1. After each split the caller compares its wall time with
// what it alone would have taken (its own time per chunk × all chunks). Once
// splits have lost more than stallLossMs in all (net of what others gained) —
// a scheduler slice, well above what waking a parked worker costs (0.04–0.13
// ms on an idle machine; at 0.25 ms the eager step's wake-ups after its
// JavaScript gaps kept tripping it here, costing ~8% of its 2-thread speed) —
// keeps kernel calls on the calling thread for a while: 1 ms, doubling with
// each further window up to 2^(STALL_CAP − 1) ms, and halving each time splits
// have saved stallCreditMs in all (net of what others lost). Both sides count
// net time, so on a machine where splits alternately win a little and lose a
// time slice (a worker sharing its core with a busy process) the windows only
// grow; one save per halving let them shrink as fast, and such a machine ran
// at 0.55–0.99× of one thread. The window is time, not calls, so one slow
// wake-up costs a 512³ product nothing and a burst of small calls a few dozen
// serial calls. The thread count never changes a result, so this only moves time.
let stallLossMs: f64 = 1.0;
let stallCreditMs: f64 = 1.0;
let stallBaseMs: f64 = 1;
let stallDebt: f64 = 0; // ms lost by splits against the caller alone, net of what later splits saved
let stallCredit: f64 = 0; // ms saved by splits, net of what later splits lost
let stallLevel: i32 = 0; // losing splits not yet made up for; the window is stallBaseMs · 2^(level − 1)
let serialUntil: f64 = 0; // nowMs() before which kernel calls stay on the calling thread
let serialCalls: i32 = 0; // kernel calls run serially by the back-off (for the host's info call)
const STALL_CAP = 10; // windows up to 512 ms

let ctrl: usize = 0; // this instance's control block; 0: no pool, run serially
let threadIndex: i32 = 0; // 0 in the main instance, 1.. in workers
let mainMayWait = false;

/** Bytes the host allocates for the control block. */
export function threadsCtrlBytes(): i32 {
  return CTRL_BYTES;
}

/** Main instance: adopt a zeroed control block; `mayWait` = this thread may block in atomic.wait (not a browser page). */
export function threadsInit(block: usize, mayWait: i32): void {
  if (ASC_FEATURE_THREADS) {
    memory.fill(block, 0, CTRL_BYTES);
    store<i32>(block + LIMIT, 1);
    ctrl = block;
    threadIndex = 0;
    mainMayWait = mayWait != 0;
  }
}

/**
 * Polling before sleeping in atomic.wait, in loop iterations (~0.65 ns each on
 * Zen 3): a worker's wait for the next task and the caller's wait for the last
 * chunk. A page's main thread may not sleep and polls regardless.
 */
export function threadsSetSpin(worker: i32, main: i32): void {
  if (ASC_FEATURE_THREADS) {
    atomic.store<i32>(ctrl + SPIN, worker);
    atomic.store<i32>(ctrl + MAIN_SPIN, main);
  }
}

/** Most threads (main included) a kernel may use; workers beyond it stay parked. */
export function threadsSetLimit(n: i32): void {
  if (ASC_FEATURE_THREADS) {
    atomic.store<i32>(ctrl + LIMIT, max(1, min(n, MAX_THREADS)));
    // A new thread count ends the back-off's window, so the next call splits; the level stays, since the
    // machine is as busy as it was.
    serialUntil = 0;
  }
}

/** Threads a kernel would use now: the main thread plus the parked workers 1, 2, … within the limit. */
export function threadsAvailable(): i32 {
  if (ASC_FEATURE_THREADS) {
    if (ctrl == 0 || threadIndex != 0) return 1;
    const limit = atomic.load<i32>(ctrl + LIMIT);
    let n = 1;
    while (n < limit && atomic.load<i32>(ctrl + ALIVE + (<usize>n << 2)) != 0) n++;
    return n;
  }
  return 1;
}

/**
 * Threads the next kernel call may split over: threadsAvailable(), or 1 while
 * the straggler back-off's window lasts.
 */
function threadsForCall(): i32 {
  if (ASC_FEATURE_THREADS) {
    const n = threadsAvailable();
    if (n > 1 && serialUntil > 0) {
      if (nowMs() < serialUntil) {
        serialCalls++;
        return 1;
      }
      serialUntil = 0;
    }
    return n;
  }
  return 1;
}

/**
 * Tunes the straggler back-off (tests and experiments): once splits have lost
 * more than lossMs net against the caller alone, a window of baseMs · 2^(level − 1)
 * opens; once they have saved creditMs net, the level drops by one. Ends the
 * current window (as threadsSetLimit does).
 */
export function threadsSetStallPolicy(lossMs: f64, creditMs: f64, baseMs: f64): void {
  stallLossMs = lossMs;
  stallCreditMs = creditMs;
  stallBaseMs = baseMs;
  stallDebt = 0;
  stallCredit = 0;
  serialUntil = 0;
}

/** Kernel calls the straggler back-off has run on the calling thread so far. */
export function threadsSerialCalls(): i32 {
  return serialCalls;
}

/** The window the next losing split would open, in ms (the back-off's current level). */
export function threadsBackoffMs(): f64 {
  return stallBaseMs * <f64>(1 << min(stallLevel, STALL_CAP - 1));
}

/** Asks worker `index` to return from threadWorker (the host then ends its thread). */
export function threadsStop(index: i32): void {
  if (ASC_FEATURE_THREADS) {
    atomic.store<i32>(ctrl + STOP + (<usize>index << 2), 1);
    atomic.add<i32>(ctrl + GEN, 1);
    atomic.notify(ctrl + GEN, -1);
  }
}

/** Whether worker `index` has yet to acknowledge threadsStop (it clears the flag as it returns). */
export function threadsStopping(index: i32): i32 {
  if (ASC_FEATURE_THREADS) return atomic.load<i32>(ctrl + STOP + (<usize>index << 2));
  return 0;
}

/** Worker instance: serve tasks until stopped. Blocks in atomic.wait between tasks. */
export function threadWorker(block: usize, index: i32): void {
  if (ASC_FEATURE_THREADS) {
    ctrl = block;
    threadIndex = index;
    const slot = <usize>index << 2;
    let seen = atomic.load<i32>(block + GEN);
    // Registered only after reading the generation, so any task that counts this worker is seen.
    atomic.store<i32>(block + ALIVE + slot, 1);
    while (true) {
      // STOP is set before the generation moves, so a worker that arrives late still sees it here.
      if (atomic.load<i32>(block + STOP + slot) != 0) {
        atomic.store<i32>(block + ALIVE + slot, 0);
        atomic.store<i32>(block + STOP + slot, 0);
        return;
      }
      let spins = atomic.load<i32>(block + SPIN);
      let gen = atomic.load<i32>(block + GEN);
      while (gen == seen) {
        if (spins > 0) spins--;
        else memory.atomic.wait32(block + GEN, seen, -1);
        gen = atomic.load<i32>(block + GEN);
      }
      seen = gen;
      // ASSIGNED is written before the generation it names is published, never while it runs.
      if (atomic.load<i32>(block + ASSIGNED + slot) == gen) {
        work(block, 0);
        if (atomic.sub<i32>(block + PENDING, 1) == 1) atomic.notify(block + PENDING, 1);
      }
    }
  }
}

/**
 * Takes chunks until none are left; returns how many of them were from the first
 * `skip` on (a shared GEMM's packing chunks, far shorter than its others, are not counted).
 */
function work(block: usize, skip: i32): i32 {
  const chunks = load<i32>(block + CHUNKS);
  let mine = 0;
  let c = atomic.add<i32>(block + NEXT, 1);
  while (c < chunks) {
    runChunk(block, c);
    if (c >= skip) mine++;
    c = atomic.add<i32>(block + NEXT, 1);
  }
  return mine;
}

/**
 * Publishes the task already written at KIND… to `threads - 1` workers, works on it, and joins. The first
 * `skip` chunks prepare the rest (shared packing) and do not count in the straggler check's estimate.
 */
function dispatch(kind: i32, chunks: i32, threads: i32, skip: i32 = 0): void {
  const block = ctrl;
  const gen = atomic.load<i32>(block + GEN) + 1;
  store<i32>(block + KIND, kind);
  store<i32>(block + CHUNKS, chunks);
  for (let i = 1; i < threads; i++) atomic.store<i32>(block + ASSIGNED + (<usize>i << 2), gen);
  atomic.store<i32>(block + NEXT, 0);
  atomic.store<i32>(block + PENDING, threads - 1);
  const t0 = nowMs();
  atomic.store<i32>(block + GEN, gen);
  atomic.notify(block + GEN, -1);
  const mine = work(block, skip);
  const t1 = nowMs();
  let spins = atomic.load<i32>(block + MAIN_SPIN);
  let left = atomic.load<i32>(block + PENDING);
  while (left != 0) {
    if (atomic.load<i32>(block + FAILED) != 0) abort("a kernel worker thread failed");
    if (spins > 0) spins--;
    // A page's main thread may not block: it spins. Elsewhere, sleep in 1 ms slices.
    else if (mainMayWait) memory.atomic.wait32(block + PENDING, left, 1000000);
    left = atomic.load<i32>(block + PENDING);
  }
  const wall = nowMs() - t0;
  // mine == 0: the caller got no chunk (the others took them all while it was waking them), so "alone" is
  // unknown and the split is judged by its length alone.
  // The caller's own packing is in t1 − t0, so with skip > 0 "alone" comes out long: a loss shows up later, not falsely.
  const alone = mine > 0 ? (t1 - t0) * <f64>(chunks - skip) / <f64>mine : 0;
  // Losses add up (savings pay them back, down to zero), so many splits that each lose a little open a window
  // as one that lost a time slice does; savings add up the same way (losses pay them back) to lower the level.
  const lost = mine > 0 ? wall - alone : wall > stallLossMs ? wall : 0;
  stallDebt = max(0, stallDebt + lost);
  stallCredit = max(0, stallCredit - lost);
  if (stallDebt > stallLossMs) {
    stallDebt = 0;
    stallCredit = 0;
    serialUntil = nowMs() + stallBaseMs * <f64>(1 << min(stallLevel, STALL_CAP - 1));
    stallLevel = min(stallLevel + 1, STALL_CAP);
  } else if (stallCredit >= stallCreditMs) {
    stallCredit = 0;
    if (stallLevel > 0) stallLevel--;
  }
}

@inline function arg(i: i32): i32 {
  return load<i32>(ctrl + ARGS + (<usize>i << 2));
}
@inline function argF(i: i32): f32 {
  return reinterpret<f32>(arg(i));
}
@inline function setArg(i: i32, v: i32): void {
  store<i32>(ctrl + ARGS + (<usize>i << 2), v);
}
@inline function setArgF(i: i32, v: f32): void {
  setArg(i, reinterpret<i32>(v));
}

/** First row/column of GEMM chunk i of `chunks` over `dim`: multiples of GEMM_SPLIT, the last chunk ends at dim. */
@inline function gemmBound(i: i32, chunks: i32, dim: i32): i32 {
  return i >= chunks ? dim : <i32>((<i64>i * dim / chunks) & ~(GEMM_SPLIT - 1));
}

/**
 * Whether splitting `dim` (m when axis is 0, n when 1) into `chunks` keeps
 * sgemm on the path it takes for the whole product: a different path may
 * sum in a different order, and then the bits would depend on the split.
 */
function keepsPath(tA: i32, tB: i32, m: i32, n: i32, k: i32, axis: i32, chunks: i32, direct: bool): bool {
  const dim = axis == 0 ? m : n;
  for (let i = 0; i < chunks; i++) {
    const part = gemmBound(i + 1, chunks, dim) - gemmBound(i, chunks, dim);
    if (part <= 0) return false;
    const d = axis == 0 ? preferDirect(tA, tB, part, n, k) : preferDirect(tA, tB, m, part, k);
    if (d != direct) return false;
  }
  return true;
}

/** C = alpha·op(A)·op(B) + beta·C (ABI.md sgemm), split over threads by blocks of C's rows or columns. */
export function sgemmMT(
  transA: i32, transB: i32, m: i32, n: i32, k: i32, alpha: f32, a: usize, lda: i32,
  b: usize, ldb: i32, beta: f32, c: usize, ldc: i32,
): void {
  if (ASC_FEATURE_THREADS) {
    if (m > 0 && n > 0 && k > 0 && alpha != 0 && <i64>m * n * k >= GEMM_MIN_WORK) {
      const threads = threadsForCall();
      if (threads > 1) {
        const direct = preferDirect(transA, transB, m, n, k);
        // The longer side first: its chunks are the least skinny, and the operand they all need is the smaller.
        const first = n >= m ? 1 : 0;
        if (!direct && sharedSplit(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, first, threads)) return;
        for (let t = 0; t < 2; t++) {
          const axis = t == 0 ? first : 1 - first;
          const dim = axis == 0 ? m : n;
          // One chunk per thread (see SHARED_CHUNKS_PER_THREAD), fewer when smaller ones would change the path.
          for (let chunks = min(threads, dim / GEMM_SPLIT); chunks >= 2; chunks--) {
            if (!keepsPath(transA, transB, m, n, k, axis, chunks, direct)) continue;
            setGemmArgs(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, axis);
            dispatch(T_SGEMM, chunks, chunks);
            return;
          }
        }
      }
    }
  }
  sgemm(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

/** Writes sgemm's arguments (words 0–12) and the axis a split divides. */
function setGemmArgs(
  tA: i32, tB: i32, m: i32, n: i32, k: i32, alpha: f32, a: usize, lda: i32, b: usize, ldb: i32, beta: f32, c: usize, ldc: i32,
  axis: i32,
): void {
  setArg(0, tA); setArg(1, tB); setArg(2, m); setArg(3, n); setArg(4, k); setArgF(5, alpha);
  setArg(6, <i32>a); setArg(7, lda); setArg(8, <i32>b); setArg(9, ldb); setArgF(10, beta);
  setArg(11, <i32>c); setArg(12, ldc);
  store<i32>(ctrl + AXIS, axis);
}

/**
 * Splits a blocked product by columns (axis 1) sharing packed op(A), or by rows
 * (axis 0) sharing packed op(B): chunks 0…P−1 pack its blocks, the rest
 * compute parts of C once all are packed. False when the operand does not fit.
 */
function sharedSplit(
  tA: i32, tB: i32, m: i32, n: i32, k: i32, alpha: f32, a: usize, lda: i32, b: usize, ldb: i32, beta: f32, c: usize, ldc: i32,
  axis: i32, threads: i32,
): bool {
  const isB = axis == 0, width = isB ? n : m;
  const parts = min(threads * SHARED_CHUNKS_PER_THREAD, (axis == 0 ? m : n) / GEMM_SPLIT);
  if (parts < 2 || sharedPackFloats(isB, width, k) > SHARED_FLOATS) return false;
  const packs = sharedPackBlocks(isB, width, k);
  setGemmArgs(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, axis);
  setArg(13, packs);
  atomic.store<i32>(ctrl + PACKED, 0);
  dispatch(T_SGEMM_SHARED, packs + parts, min(threads, packs + parts), packs);
  return true;
}

function sharedChunk(block: usize, i: i32): void {
  const tA = arg(0), tB = arg(1), m = arg(2), n = arg(3), k = arg(4), packs = arg(13);
  const a = <usize>arg(6), b = <usize>arg(8), c = <usize>arg(11), lda = arg(7), ldb = arg(9), ldc = arg(12);
  const shared = block + SHARED, byColumns = load<i32>(block + AXIS) == 1;
  if (i < packs) {
    if (byColumns) packSharedA(tA, a, lda, m, k, i, shared);
    else packSharedB(tB, b, ldb, n, k, i, shared);
    atomic.add<i32>(block + PACKED, 1);
    return;
  }
  // Chunks are handed out in order, so every block is being packed by a running thread: wait for the last
  // (unless one failed: then dispatch's join reports it).
  while (atomic.load<i32>(block + PACKED) < packs) {
    if (atomic.load<i32>(block + FAILED) != 0) return;
  }
  const parts = load<i32>(block + CHUNKS) - packs, j = i - packs;
  if (byColumns) {
    const lo = gemmBound(j, parts, n), hi = gemmBound(j + 1, parts, n);
    sgemmBlock(tA, tB, m, n, k, argF(5), a, lda, b, ldb, argF(10), c, ldc, 0, m, lo, hi, shared, 0);
  } else {
    const lo = gemmBound(j, parts, m), hi = gemmBound(j + 1, parts, m);
    sgemmBlock(tA, tB, m, n, k, argF(5), a, lda, b, ldb, argF(10), c, ldc, lo, hi, 0, n, 0, shared);
  }
}

function gemmChunk(block: usize, i: i32): void {
  const tA = arg(0), tB = arg(1), m = arg(2), n = arg(3), k = arg(4), chunks = load<i32>(block + CHUNKS);
  let a = <usize>arg(6), b = <usize>arg(8), c = <usize>arg(11);
  const lda = arg(7), ldb = arg(9), ldc = arg(12);
  if (load<i32>(block + AXIS) == 0) {
    const lo = gemmBound(i, chunks, m), hi = gemmBound(i + 1, chunks, m);
    a += tA ? <usize>lo << 2 : <usize>lo * lda << 2;
    c += <usize>lo * ldc << 2;
    sgemm(tA, tB, hi - lo, n, k, argF(5), a, lda, b, ldb, argF(10), c, ldc);
  } else {
    const lo = gemmBound(i, chunks, n), hi = gemmBound(i + 1, chunks, n);
    b += tB ? <usize>lo * ldb << 2 : <usize>lo << 2;
    c += <usize>lo << 2;
    sgemm(tA, tB, m, hi - lo, k, argF(5), a, lda, b, ldb, argF(10), c, ldc);
  }
}

/** Threads an elementwise kernel over n elements should use; below 2 it runs serially. */
function elementThreads(n: i32): i32 {
  return n < 2 * ELEM_MIN_CHUNK ? 1 : threadsForCall();
}

/** Runs the elementwise task whose arguments are written (element count in word 0) on `threads` threads. */
function elementDispatch(kind: i32, n: i32, threads: i32): void {
  const want = (n + threads * CHUNKS_PER_THREAD - 1) / (threads * CHUNKS_PER_THREAD);
  const chunk = (max(want, ELEM_MIN_CHUNK) + ELEM_ALIGN - 1) & ~(ELEM_ALIGN - 1);
  const chunks = (n + chunk - 1) / chunk;
  store<i32>(ctrl + CHUNK, chunk);
  dispatch(kind, chunks, min(threads, chunks));
}

/** Runs the row-wise task whose arguments are written on `threads` threads, in chunks of whole rows. */
function rowDispatch(kind: i32, rows: i32, rowLen: i32, threads: i32): void {
  const want = (<i64>rows * rowLen + threads * CHUNKS_PER_THREAD - 1) / (threads * CHUNKS_PER_THREAD);
  const perChunk = max(1, <i32>((max(want, <i64>ELEM_MIN_CHUNK) + rowLen - 1) / rowLen));
  const chunks = (rows + perChunk - 1) / perChunk;
  store<i32>(ctrl + CHUNK, perChunk);
  dispatch(kind, chunks, min(threads, chunks));
}

/** Argument i as a pointer advanced by `lo` floats; 0 (an absent optional buffer) stays 0. */
@inline function ptrAt(i: i32, lo: i32): usize {
  const p = <usize>arg(i);
  return p == 0 ? 0 : p + (<usize>lo << 2);
}

function elementChunk(block: usize, kind: i32, i: i32): void {
  const chunk = load<i32>(block + CHUNK);
  const lo = i * chunk;
  const len = min(chunk, arg(0) - lo);
  switch (kind) {
    case T_ACTIVATION: activation(arg(1), len, argF(2), ptrAt(3, lo), ptrAt(4, lo)); break;
    case T_ACTIVATION_BACKWARD:
      activationBackward(arg(1), len, argF(2), ptrAt(3, lo), ptrAt(4, lo), ptrAt(5, lo), ptrAt(6, lo));
      break;
    case T_UNARY: unary(arg(1), len, argF(2), argF(3), ptrAt(4, lo), ptrAt(5, lo)); break;
    case T_BINARY: binary(arg(1), len, ptrAt(2, lo), ptrAt(3, lo), ptrAt(4, lo)); break;
    case T_SGD: sgd(len, ptrAt(1, lo), ptrAt(2, lo), argF(3), argF(4), argF(5), argF(6), argF(7)); break;
    case T_SGD_MOMENTUM:
      sgdMomentum(len, ptrAt(1, lo), ptrAt(2, lo), ptrAt(3, lo), argF(4), argF(5), arg(6), argF(7), argF(8), argF(9), argF(10));
      break;
    case T_ADAM:
      adam(len, ptrAt(1, lo), ptrAt(2, lo), ptrAt(3, lo), ptrAt(4, lo), argF(5), argF(6), argF(7), argF(8), argF(9),
        argF(10), argF(11), argF(12), argF(13), argF(14), argF(15));
      break;
    case T_RMSPROP:
      rmsprop(len, ptrAt(1, lo), ptrAt(2, lo), ptrAt(3, lo), ptrAt(4, lo), ptrAt(5, lo), argF(6), argF(7), argF(8), argF(9),
        arg(10), argF(11), argF(12), argF(13), argF(14));
      break;
    case T_ADAGRAD:
      adagrad(len, ptrAt(1, lo), ptrAt(2, lo), ptrAt(3, lo), argF(4), argF(5), argF(6), argF(7), argF(8), argF(9));
      break;
  }
}

function gatherChunk(block: usize, i: i32): void {
  const perChunk = load<i32>(block + CHUNK), rowLen = arg(1);
  const lo = i * perChunk;
  gatherRows(min(perChunk, arg(0) - lo), rowLen, <usize>arg(2), <usize>arg(3) + (<usize>lo << 2), <usize>arg(4) + (<usize>lo * rowLen << 2));
}

function runChunk(block: usize, i: i32): void {
  const kind = load<i32>(block + KIND);
  if (kind == T_SGEMM) gemmChunk(block, i);
  else if (kind == T_SGEMM_SHARED) sharedChunk(block, i);
  else if (kind == T_GATHER) gatherChunk(block, i);
  else if (kind != T_NONE) elementChunk(block, kind, i);
}

/** gatherRows (ABI.md; also gatherRowsI32: the same 4-byte copies), split over threads by blocks of output rows. */
export function gatherRowsMT(nIdx: i32, rowLen: i32, x: usize, idx: usize, y: usize): void {
  if (ASC_FEATURE_THREADS) {
    const threads = <i64>nIdx * rowLen < 2 * ELEM_MIN_CHUNK ? 1 : threadsForCall();
    if (threads > 1) {
      setArg(0, nIdx); setArg(1, rowLen); setArg(2, <i32>x); setArg(3, <i32>idx); setArg(4, <i32>y);
      rowDispatch(T_GATHER, nIdx, rowLen, threads);
      return;
    }
  }
  gatherRows(nIdx, rowLen, x, idx, y);
}

/** activation (ABI.md), split over threads for large n. */
export function activationMT(kind: i32, n: i32, alpha: f32, x: usize, y: usize): void {
  if (ASC_FEATURE_THREADS) {
    const threads = elementThreads(n);
    if (threads > 1) {
      setArg(0, n); setArg(1, kind); setArgF(2, alpha); setArg(3, <i32>x); setArg(4, <i32>y);
      elementDispatch(T_ACTIVATION, n, threads);
      return;
    }
  }
  activation(kind, n, alpha, x, y);
}

/** activationBackward (ABI.md), split over threads for large n. */
export function activationBackwardMT(kind: i32, n: i32, alpha: f32, x: usize, y: usize, dy: usize, dx: usize): void {
  if (ASC_FEATURE_THREADS) {
    const threads = elementThreads(n);
    if (threads > 1) {
      setArg(0, n); setArg(1, kind); setArgF(2, alpha); setArg(3, <i32>x); setArg(4, <i32>y); setArg(5, <i32>dy); setArg(6, <i32>dx);
      elementDispatch(T_ACTIVATION_BACKWARD, n, threads);
      return;
    }
  }
  activationBackward(kind, n, alpha, x, y, dy, dx);
}

/** unary (ABI.md), split over threads for large n. */
export function unaryMT(op: i32, n: i32, alpha: f32, beta: f32, x: usize, y: usize): void {
  if (ASC_FEATURE_THREADS) {
    const threads = elementThreads(n);
    if (threads > 1) {
      setArg(0, n); setArg(1, op); setArgF(2, alpha); setArgF(3, beta); setArg(4, <i32>x); setArg(5, <i32>y);
      elementDispatch(T_UNARY, n, threads);
      return;
    }
  }
  unary(op, n, alpha, beta, x, y);
}

/** binary (ABI.md), split over threads for large n. */
export function binaryMT(op: i32, n: i32, a: usize, b: usize, y: usize): void {
  if (ASC_FEATURE_THREADS) {
    const threads = elementThreads(n);
    if (threads > 1) {
      setArg(0, n); setArg(1, op); setArg(2, <i32>a); setArg(3, <i32>b); setArg(4, <i32>y);
      elementDispatch(T_BINARY, n, threads);
      return;
    }
  }
  binary(op, n, a, b, y);
}

/** sgd (ABI.md), split over threads for large n. */
export function sgdMT(n: i32, p: usize, g: usize, lr: f32, gradScale: f32, l1: f32, l2: f32, clipValue: f32): void {
  if (ASC_FEATURE_THREADS) {
    const threads = elementThreads(n);
    if (threads > 1) {
      setArg(0, n); setArg(1, <i32>p); setArg(2, <i32>g); setArgF(3, lr); setArgF(4, gradScale); setArgF(5, l1); setArgF(6, l2);
      setArgF(7, clipValue);
      elementDispatch(T_SGD, n, threads);
      return;
    }
  }
  sgd(n, p, g, lr, gradScale, l1, l2, clipValue);
}

/** sgdMomentum (ABI.md), split over threads for large n. */
export function sgdMomentumMT(
  n: i32, p: usize, g: usize, v: usize, lr: f32, momentum: f32, nesterov: i32, gradScale: f32, l1: f32, l2: f32, clipValue: f32,
): void {
  if (ASC_FEATURE_THREADS) {
    const threads = elementThreads(n);
    if (threads > 1) {
      setArg(0, n); setArg(1, <i32>p); setArg(2, <i32>g); setArg(3, <i32>v); setArgF(4, lr); setArgF(5, momentum); setArg(6, nesterov);
      setArgF(7, gradScale); setArgF(8, l1); setArgF(9, l2); setArgF(10, clipValue);
      elementDispatch(T_SGD_MOMENTUM, n, threads);
      return;
    }
  }
  sgdMomentum(n, p, g, v, lr, momentum, nesterov, gradScale, l1, l2, clipValue);
}

/** adam (ABI.md), split over threads for large n. */
export function adamMT(
  n: i32, p: usize, g: usize, m: usize, v: usize, lr: f32, beta1: f32, beta2: f32, eps: f32,
  beta1Power: f32, beta2Power: f32, weightDecay: f32, gradScale: f32, l1: f32, l2: f32, clipValue: f32,
): void {
  if (ASC_FEATURE_THREADS) {
    const threads = elementThreads(n);
    if (threads > 1) {
      setArg(0, n); setArg(1, <i32>p); setArg(2, <i32>g); setArg(3, <i32>m); setArg(4, <i32>v); setArgF(5, lr);
      setArgF(6, beta1); setArgF(7, beta2); setArgF(8, eps); setArgF(9, beta1Power); setArgF(10, beta2Power);
      setArgF(11, weightDecay); setArgF(12, gradScale); setArgF(13, l1); setArgF(14, l2); setArgF(15, clipValue);
      elementDispatch(T_ADAM, n, threads);
      return;
    }
  }
  adam(n, p, g, m, v, lr, beta1, beta2, eps, beta1Power, beta2Power, weightDecay, gradScale, l1, l2, clipValue);
}

/** rmsprop (ABI.md), split over threads for large n. */
export function rmspropMT(
  n: i32, p: usize, g: usize, ms: usize, mom: usize, mg: usize, lr: f32, rho: f32, momentum: f32, eps: f32,
  centered: i32, gradScale: f32, l1: f32, l2: f32, clipValue: f32,
): void {
  if (ASC_FEATURE_THREADS) {
    const threads = elementThreads(n);
    if (threads > 1) {
      setArg(0, n); setArg(1, <i32>p); setArg(2, <i32>g); setArg(3, <i32>ms); setArg(4, <i32>mom); setArg(5, <i32>mg);
      setArgF(6, lr); setArgF(7, rho); setArgF(8, momentum); setArgF(9, eps); setArg(10, centered); setArgF(11, gradScale);
      setArgF(12, l1); setArgF(13, l2); setArgF(14, clipValue);
      elementDispatch(T_RMSPROP, n, threads);
      return;
    }
  }
  rmsprop(n, p, g, ms, mom, mg, lr, rho, momentum, eps, centered, gradScale, l1, l2, clipValue);
}

/** adagrad (ABI.md), split over threads for large n. */
export function adagradMT(
  n: i32, p: usize, g: usize, acc: usize, lr: f32, eps: f32, gradScale: f32, l1: f32, l2: f32, clipValue: f32,
): void {
  if (ASC_FEATURE_THREADS) {
    const threads = elementThreads(n);
    if (threads > 1) {
      setArg(0, n); setArg(1, <i32>p); setArg(2, <i32>g); setArg(3, <i32>acc); setArgF(4, lr); setArgF(5, eps);
      setArgF(6, gradScale); setArgF(7, l1); setArgF(8, l2); setArgF(9, clipValue);
      elementDispatch(T_ADAGRAD, n, threads);
      return;
    }
  }
  adagrad(n, p, g, acc, lr, eps, gradScale, l1, l2, clipValue);
}
