// Source for the simd-threads flavour: a copy of assembly/ in which every
// kernel's static scratch becomes thread-local (assembly/tls.ts explains why).
// A top-level `const X = memory.data(size, align)` turns into
// `const X = threadLocal(size, align)`; data with initial values
// (`memory.data<T>([...])`) is read-only and stays shared. Scratch declared any
// other way cannot be made thread-local, so it fails the build instead of
// racing at run time.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

const TOP_LEVEL = /^((?:export\s+)?const\s+\w+\s*(?::\s*usize\s*)?=\s*)memory\.data\(/gm;
const ANY_SCRATCH = /memory\.data\s*\(/g;
const KEEP = new Set(["tls.ts"]);

/** Rewrites one file's scratch declarations; throws when some scratch is left shared. */
export function threadLocalScratch(file, source) {
  if (KEEP.has(file)) return source;
  let count = 0;
  const out = source.replace(TOP_LEVEL, (_, head) => {
    count++;
    return `${head}threadLocal(`;
  });
  const left = out.match(ANY_SCRATCH);
  if (left) {
    throw new Error(
      `${file}: ${left.length} memory.data(size) scratch area(s) outside a top-level \`const X = memory.data(...)\`; ` +
        "the threads flavour cannot give them one copy per thread",
    );
  }
  return count === 0 ? out : `import { threadLocal } from "./tls";\n${out}`;
}

/**
 * Writes the rewritten copy of `assembly/` to `dir`, plus the entry that also
 * exports the scratch layout the host needs. Returns the entry's path.
 */
export async function writeThreadsSources(assemblyDir, dir) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const file of await readdir(assemblyDir)) {
    if (!file.endsWith(".ts")) continue;
    const source = await readFile(join(assemblyDir, file), "utf8");
    await writeFile(join(dir, file), threadLocalScratch(file, source));
  }
  const entry = join(dir, "threads-entry.ts");
  await writeFile(entry, 'export * from "./index";\nexport { tlsBytes, tlsHeapBase } from "./tls";\n');
  return entry;
}
