import { describe, expect, it } from 'vitest';
import { keyFromParts } from './element-key.ts';

const base = { role: 'button', label: '', path: 'main>form>button:2' };

describe('element keys (data-ux-* > id > name > role + accessible name > short path)', () => {
  it('takes the data-ux hint first', () => {
    expect(keyFromParts({ ...base, ux: 'key=apply', id: 'submit', name: 'button[name=go]', label: '신청' })).toBe(
      '@key=apply',
    );
  });
  it('then the id', () => {
    expect(keyFromParts({ ...base, id: 'submit', name: 'button[name=go]', label: '신청' })).toBe('#submit');
  });
  it('then a form control name', () => {
    expect(keyFromParts({ ...base, name: 'input[name=email]', label: '이메일' })).toBe('input[name=email]');
  });
  it('then role and accessible name', () => {
    expect(keyFromParts({ ...base, label: '민원 신청하기' })).toBe('button:민원 신청하기');
    expect(keyFromParts({ ...base, role: 'tab', label: '수수료' })).toBe('tab:수수료');
  });
  it('else the structural path; never empty', () => {
    expect(keyFromParts(base)).toBe('main>form>button:2');
    expect(keyFromParts({ role: 'div', label: '', path: '' })).toBe('div');
  });
  it('is at most 256 characters', () => {
    expect(keyFromParts({ ...base, id: 'x'.repeat(400) })).toHaveLength(256);
  });
});
