import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ipcContract, type ChannelSpec } from './ipc';

describe('the IPC contract', () => {
  it('says for every channel what it answers, as a schema the preload parses', () => {
    for (const [channel, spec] of Object.entries(ipcContract)) {
      expect(spec.answer, channel).toBeInstanceOf(z.ZodType);
      expect(spec.request, channel).toBeInstanceOf(z.ZodType);
    }
    // A channel that answers nothing says so: null, not anything at all.
    expect(ipcContract['backup:writeAbort'].answer.safeParse(undefined).success).toBe(false);
  });

  it('has no room for a channel that does not say what it answers', () => {
    // @ts-expect-error -- `answer` is required: the type check refuses a channel without one.
    const unanswered: ChannelSpec = { method: 'getNothing', request: z.object({}).strict() };
    expect(unanswered).not.toHaveProperty('answer');
  });
});
