import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvDataset, readCsv } from '../src/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurite-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('csv sources in Node', () => {
  it('streams a file path and a file:// URL', async () => {
    const path = join(dir, 'small.csv');
    await writeFile(path, 'x,y\n1,a\n2,b\n3,a\n');
    expect(await csvDataset(path, { label: 'y' }).toArray()).toHaveLength(3);
    const t = await readCsv(pathToFileURL(path), { label: 'y' });
    expect(Array.from(t.y!.data)).toEqual([0, 1, 0]);
    expect(await readCsv(pathToFileURL(path).href).then((r) => r.x.shape)).toEqual([3, 2]);
  });

  it('fetches http URLs and reports HTTP errors', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/data.csv') res.end('a,b\n1,2\n3,4\n');
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await csvDataset(`${base}/data.csv`).toArray()).toEqual([{ a: 1, b: 2 }, { a: 3, b: 4 }]);
      await expect(csvDataset(`${base}/missing.csv`).toArray()).rejects.toThrow(/HTTP 404/);
    } finally {
      server.close();
    }
  });

  it('streams a 100 MB file with bounded memory', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const path = join(dir, 'big.csv');
    const header = 'id,' + Array.from({ length: 10 }, (_, j) => `f${j}`).join(',') + ',label\n';
    const rows: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const fs = Array.from({ length: 10 }, (_, j) => ((i * 7919 + j * 104729) % 100003) / 1000);
      rows.push(`${i},${fs.join(',')},${i % 3 === 0 ? 'cat' : 'dog'}\n`);
    }
    const block = rows.join('');
    const blocks = Math.ceil(100e6 / block.length);
    const out = createWriteStream(path);
    out.write(header);
    for (let b = 0; b < blocks; b++) {
      if (!out.write(block)) await new Promise((r) => out.once('drain', r));
    }
    await new Promise<void>((r) => out.end(() => r()));

    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    let cats = 0;
    await csvDataset(path, { label: 'label' }).forEachAsync(({ ys }) => {
      if (ys.label === 'cat') cats++;
      if (++count % 50_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      }
    });
    expect(count).toBe(blocks * 10_000);
    expect(cats).toBe(blocks * 3334);
    expect(block.length * blocks).toBeGreaterThan(100e6);
    expect(peak).toBeLessThan(50 * 2 ** 20);
  }, 120_000);
});
