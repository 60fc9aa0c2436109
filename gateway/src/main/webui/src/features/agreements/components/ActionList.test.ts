import { describe, expect, it } from 'vitest';
import { nextSteps } from './ActionList';

describe('the steps an action may take', () => {
  it('offers what the agreements service allows and nothing after done or cancelled', () => {
    expect(nextSteps('planned')).toEqual(['in-progress', 'done', 'cancelled']);
    expect(nextSteps('in-progress')).toEqual(['done', 'cancelled']);
    expect(nextSteps('done')).toEqual([]);
    expect(nextSteps('cancelled')).toEqual([]);
  });
});
