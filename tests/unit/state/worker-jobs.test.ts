// The job runner without a Worker (as in jsdom): the answer computed on this thread one tick
// later, the newest run winning over one still pending, a throw reported as a failure.
import { describe, expect, it } from 'vitest';
import { jobRunner } from '../../../src/state/worker-jobs';

function runner(answer: (n: number) => number) {
  return jobRunner<number, number>({
    create: () => {
      throw new Error('no worker in this test');
    },
    answer,
    worker: false,
  });
}

describe('jobRunner on the page’s thread', () => {
  it('answers each run', async () => {
    const jobs = runner((n) => n * 2);
    expect(await jobs.run(21)).toEqual({ status: 'done', output: 42 });
  });

  it('drops an older run when a newer one starts', async () => {
    const jobs = runner((n) => n + 1);
    const first = jobs.run(1);
    const second = jobs.run(2);
    expect(await first).toEqual({ status: 'superseded' });
    expect(await second).toEqual({ status: 'done', output: 3 });
  });

  it('reports a throw as a failure with its message', async () => {
    const jobs = runner(() => {
      throw new Error('broken');
    });
    expect(await jobs.run(0)).toEqual({ status: 'failed', detail: 'broken' });
  });

  it('settles a pending run as superseded when disposed', async () => {
    const jobs = runner((n) => n);
    const pending = jobs.run(5);
    jobs.dispose();
    expect(await pending).toEqual({ status: 'superseded' });
  });
});
