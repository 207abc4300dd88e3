import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../electron/cli/format';
import { resolveMember } from '../../electron/cli/resolve-member';

const anna = { id: '1', displayName: 'Anna' };
const bo = { id: '2', displayName: 'Bo de Vries' };
const ilse = { id: '3', displayName: 'İlse' };

describe('resolveMember', () => {
  it('matches ignoring case and surrounding spaces', () => {
    expect(resolveMember([anna, bo], 'anna')).toEqual({ kind: 'found', member: anna });
    expect(resolveMember([anna, bo], ' BO DE VRIES ')).toEqual({ kind: 'found', member: bo });
    expect(resolveMember([anna, ilse], 'İlse')).toEqual({ kind: 'found', member: ilse });
  });

  it('reports unknown names', () => {
    expect(resolveMember([anna, bo], 'Bob')).toEqual({ kind: 'unknown' });
    expect(resolveMember([], 'Anna')).toEqual({ kind: 'unknown' });
  });

  it('prefers an exact match, and reports names that differ only in case as ambiguous', () => {
    const lower = { id: '4', displayName: 'anna' };
    expect(resolveMember([anna, lower], 'anna')).toEqual({ kind: 'found', member: lower });
    expect(resolveMember([anna, lower], 'ANNA')).toEqual({ kind: 'ambiguous', candidates: [anna, lower] });
  });
});

describe('formatBytes', () => {
  it('uses binary units with one decimal', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50.0 MiB');
  });
});
