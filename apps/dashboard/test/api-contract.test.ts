import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The dashboard reads the collector's answers only through types from @minwon-ux/api-contract:
// every `apiFetch<T>` names T, and T is imported from the contract (no inline `{ … }` shapes, no
// local `interface …Response`). A new route that skips the contract fails here.
const src = fileURLToPath(new URL('../src/', import.meta.url));
const files = (readdirSync(src, { recursive: true }) as string[])
  // api/client.ts defines apiFetch<T> itself
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('client.ts'))
  .map((f) => ({ file: f, text: readFileSync(join(src, f), 'utf8') }));

function contractImports(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'@minwon-ux\/api-contract'/g))
    for (const part of m[1]!.split(',')) {
      const name = part
        .replace(/\btype\b/, '')
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  return names;
}

describe('dashboard ↔ collector contract', () => {
  it('finds the dashboard sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [f.file, f.text] as const))('%s: every apiFetch<T> takes T from the contract', (_, text) => {
    const allowed = contractImports(text);
    for (const m of text.replace(/^\s*\*.*$/gm, '').matchAll(/apiFetch<([^>(]*)>/g)) {
      const typeName = m[1]!.trim();
      expect(typeName, `apiFetch<${typeName}> must name a type imported from @minwon-ux/api-contract`).toMatch(
        /^[A-Z]\w*$/,
      );
      expect(allowed.has(typeName), `${typeName} is not imported from @minwon-ux/api-contract`).toBe(true);
    }
  });

  it.each(files.map((f) => [f.file, f.text] as const))('%s: declares no API response type of its own', (_, text) => {
    // a declaration, not a `type XResponse,` line of a multi-line import
    expect(text).not.toMatch(/^\s*(export\s+)?(interface\s+\w*Response\b|type\s+\w*Response\s*(<[^>]*>)?\s*=)/m);
  });
});
