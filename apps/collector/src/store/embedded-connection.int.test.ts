import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from './create-store.ts';

describe('the embedded connection', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-conn-'));
  const store = createStore({ mode: 'embedded', path: dir, database: 'minwon_ux' });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("never hands a failed query's partial output to the next query", async () => {
    const failing = store.client.query({
      query:
        'SELECT number FROM numbers(3) UNION ALL SELECT throwIf(number = 2) FROM numbers(100000) SETTINGS max_block_size = 10',
      format: 'JSONEachRow',
    });
    await expect(failing.then((r) => r.json())).rejects.toThrow(/throwIf/);
    const next = await store.client.query({ query: 'SELECT 42 AS x', format: 'JSONEachRow' });
    expect(await next.json()).toEqual([{ x: 42 }]);
  });

  it('keeps concurrent callers apart', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.client
          .query({ query: 'SELECT {i:UInt32} AS i', query_params: { i }, format: 'JSONEachRow' })
          .then((r) => r.json<{ i: number }>()),
      ),
    );
    expect(answers.map((rows) => rows[0]?.i)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
