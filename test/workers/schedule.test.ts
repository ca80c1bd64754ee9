import { describe, expect, it } from 'vitest';
import { cellFromHost } from '../../src/workers/cell-from-host.ts';
import { tickOf, windowFor } from '../../src/workers/schedule.ts';

describe('the hourly tick', () => {
  it('reads 01:20 UTC on Friday 27/11/2026 as Friday 08:00 in Vietnam', () => {
    expect(tickOf(new Date('2026-11-27T01:20:00Z'))).toEqual({ at: '2026-11-27T01:00:00.000Z', weekday: 5, hour: 8, date: '2026-11-27', feedInterval: '2026-11-27T08' });
  });

  it('puts 18:30 UTC on Sunday on Monday 01:00 in Vietnam', () => {
    expect(tickOf(new Date('2026-11-29T18:30:00Z'))).toMatchObject({ weekday: 1, hour: 1, date: '2026-11-30' });
  });

  it('covers the news since the previous bulletin, or the past week when there was none', () => {
    const tick = tickOf(new Date('2026-11-27T01:00:00Z'));
    expect(windowFor(tick, null)).toEqual({ since: '2026-11-20T01:00:00.000Z', until: '2026-11-27T01:00:00.000Z' });
    expect(windowFor(tick, '2026-11-13T01:00:00.000Z').since).toBe('2026-11-13T01:00:00.000Z');
    expect(windowFor(tick, '2026-09-01T00:00:00.000Z').since).toBe('2026-11-20T01:00:00.000Z');
  });
});

describe('which cell a host serves', () => {
  it('takes the first label of a cell host and the default cell for bare addresses', () => {
    expect(cellFromHost('vks-vp.bantin.example', 'mac-dinh')).toBe('vks-vp');
    expect(cellFromHost('127.0.0.1', 'mac-dinh')).toBe('mac-dinh');
    expect(cellFromHost('localhost', 'mac-dinh')).toBe('mac-dinh');
    expect(cellFromHost('bantin.example', undefined)).toBeNull();
    expect(cellFromHost('Bad_Host.bantin.example', undefined)).toBeNull();
  });
});
