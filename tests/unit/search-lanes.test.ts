import { describe, expect, it } from 'vitest';
import { pickLane, type LaneState } from '../../src/search/client/search-lanes.ts';

const lane = (name: string, over: Partial<LaneState> = {}) => ({ name, ready: true, searches: [], given: 0, answered: true, ...over });

describe('which search worker takes the next keystroke', () => {
  it('a single idle worker takes it, and no other is started', () => {
    const a = lane('a');
    expect(pickLane([a], 2)).toEqual({ lane: a, startAnother: false });
  });

  it('while the only worker is still searching the previous keystroke, another is to be started', () => {
    const a = lane('a', { searches: [{ n: 1, since: 10 }], given: 1 });
    expect(pickLane([a], 2)).toEqual({ lane: a, startAnother: true });
    // On a one-core device there is only ever one.
    expect(pickLane([a], 1)).toEqual({ lane: a, startAnother: false });
  });

  it('the idle worker takes it rather than waiting behind the busy one', () => {
    const a = lane('a', { searches: [{ n: 3, since: 30 }], given: 3 });
    const b = lane('b', { given: 2 });
    expect(pickLane([a, b], 2).lane).toBe(b);
  });

  it('of two idle workers, the one given the latest search (it holds the words being typed)', () => {
    const a = lane('a', { given: 4 });
    const b = lane('b', { given: 5 });
    expect(pickLane([a, b], 2).lane).toBe(b);
    expect(pickLane([b, a], 2).lane).toBe(b);
  });

  it('a worker still loading Pagefind is not given searches', () => {
    const a = lane('a', { searches: [{ n: 6, since: 60 }], given: 6 });
    const b = lane('b', { ready: false });
    expect(pickLane([a, b], 2)).toEqual({ lane: a, startAnother: false });
  });

  it('when every worker is busy, the one whose search started first (the likeliest to be done first)', () => {
    const a = lane('a', { searches: [{ n: 8, since: 80 }], given: 8 });
    const b = lane('b', { searches: [{ n: 7, since: 70 }], given: 7 });
    expect(pickLane([a, b], 2)).toEqual({ lane: b, startAnother: false });
  });
});
