import { describe, expect, it } from 'vitest';
import { BURST_MS, createSearchQueue, SHORT_QUERY_PAUSE_MS, type SearchQueueClock } from '../../src/lib/search/search-queue.ts';

/** A clock the test moves by hand: sleepers wake when the time passes their deadline. */
function manualClock() {
  let time = 0;
  const sleepers: Array<{ at: number; wake: () => void }> = [];
  const clock: SearchQueueClock = { now: () => time, sleep: (ms) => new Promise((wake) => sleepers.push({ at: time + ms, wake })) };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const advance = async (ms: number) => {
    time += ms;
    for (const s of sleepers.filter((s) => s.at <= time)) {
      sleepers.splice(sleepers.indexOf(s), 1);
      s.wake();
    }
    await settle();
  };
  return { clock, advance, settle };
}

/** A search that records that it ran and finishes when the test says so. */
function searches() {
  const ran: string[] = [];
  const finish = new Map<string, () => void>();
  const search = (query: string) => () =>
    new Promise<string>((resolve) => {
      ran.push(query);
      finish.set(query, () => resolve(query));
    });
  return { ran, finish, search };
}

describe('search queue', () => {
  it('searches at once after a pause; of a burst of keystrokes, only the last query', async () => {
    const { clock, advance, settle } = manualClock();
    const queue = createSearchQueue(clock);
    const { ran, finish, search } = searches();
    await advance(1000);
    const first = queue(search('prom'));
    await settle();
    expect(ran).toEqual(['prom']);
    finish.get('prom')!();
    await advance(10);
    const second = queue(search('prome'));
    await advance(10);
    const third = queue(search('promet'));
    await advance(BURST_MS - 1);
    // 'prome' came within the burst that 'prom' began: it waits for the burst to end.
    expect(ran).toEqual(['prom']);
    await advance(1);
    expect(ran).toEqual(['prom', 'promet']);
    finish.get('promet')!();
    expect([await first, await second, await third]).toEqual(['prom', null, 'promet']);
  });

  it('runs one search at a time; of the queries typed meanwhile only the newest runs', async () => {
    const { clock, advance, settle } = manualClock();
    const queue = createSearchQueue(clock);
    const { ran, finish, search } = searches();
    const slow = queue(search('kubernetes'));
    await settle();
    await advance(100);
    const a = queue(search('kubernetes o'));
    await advance(100);
    const b = queue(search('kubernetes op'));
    await advance(100);
    expect(ran).toEqual(['kubernetes']);
    finish.get('kubernetes')!();
    await settle();
    expect(ran).toEqual(['kubernetes', 'kubernetes op']);
    finish.get('kubernetes op')!();
    expect([await slow, await a, await b]).toEqual(['kubernetes', null, 'kubernetes op']);
  });

  it('holds a short query until the reader pauses, so a longer one typed meanwhile runs instead', async () => {
    const { clock, advance } = manualClock();
    const queue = createSearchQueue(clock);
    const { ran, finish, search } = searches();
    await advance(1000);
    const short = queue(search('pr'), true);
    await advance(100);
    const long = queue(search('prom'), false);
    await advance(BURST_MS);
    expect(ran).toEqual(['prom']);
    finish.get('prom')!();
    await advance(SHORT_QUERY_PAUSE_MS);
    expect([await short, await long]).toEqual([null, 'prom']);
    // Left alone, a short query runs once the pause has passed.
    const alone = queue(search('ai'), true);
    await advance(SHORT_QUERY_PAUSE_MS - 1);
    expect(ran).toEqual(['prom']);
    await advance(1);
    expect(ran).toEqual(['prom', 'ai']);
    finish.get('ai')!();
    expect(await alone).toBe('ai');
  });
});
