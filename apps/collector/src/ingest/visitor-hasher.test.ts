import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VisitorHasher } from './visitor-hasher.ts';

const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-salt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 86_400_000;
const visitor = ['demo', '203.0.113.9', 'Mozilla/5.0 (X11; Linux x86_64)'] as const;

describe('VisitorHasher', () => {
  it('counts a visitor once across a restart the same day, with the salt kept in a private file', () => {
    const saltFile = join(dir, 'same-day');
    const now = () => 20_000 * DAY + 3_600_000;
    const before = new VisitorHasher({ now, saltFile }).visitorId(...visitor);
    const after = new VisitorHasher({ now, saltFile }).visitorId(...visitor);
    expect(after).toBe(before);
    expect(statSync(saltFile).mode & 0o777).toBe(0o600);
  });

  it('draws a new salt on a new day and overwrites the old one, so days cannot be linked', () => {
    const saltFile = join(dir, 'new-day');
    let t = 20_000 * DAY;
    const hasher = new VisitorHasher({ now: () => t, saltFile });
    const first = hasher.visitorId(...visitor);
    const firstSalt = readFileSync(saltFile, 'utf8');
    t += DAY;
    expect(hasher.visitorId(...visitor)).not.toBe(first);
    const stored = readFileSync(saltFile, 'utf8');
    expect(stored.startsWith('20001:')).toBe(true);
    expect(stored).not.toContain(firstSalt.split(':')[1]!.trim());
    // A restart on the new day does not bring the old day's salt back.
    expect(new VisitorHasher({ now: () => t, saltFile }).visitorId(...visitor)).not.toBe(first);
  });

  it('without a salt file, each process has its own salt', () => {
    const now = () => 20_000 * DAY;
    expect(new VisitorHasher({ now }).visitorId(...visitor)).not.toBe(new VisitorHasher({ now }).visitorId(...visitor));
  });
});
