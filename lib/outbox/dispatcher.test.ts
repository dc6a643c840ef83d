import { describe, expect, it } from "vitest";
import { OutboxDispatcher } from "./dispatcher";
import { MAX_ATTEMPTS, nextAttemptAfter } from "./retry";

/** A drain that records its runs and waits until released, so runs can be caught in flight. */
function gatedDrain() {
  const runs: number[] = [];
  let release: () => void = () => {};
  let active = 0;
  let overlapped = false;
  const drain = async () => {
    active++;
    overlapped ||= active > 1;
    runs.push(runs.length + 1);
    await new Promise<void>((resolve) => (release = resolve));
    active--;
  };
  return { drain, runs, release: () => release(), overlapped: () => overlapped };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("OutboxDispatcher", () => {
  it("never overlaps runs: nudges during a run ask for exactly one more run after it", async () => {
    const gate = gatedDrain();
    const dispatcher = new OutboxDispatcher({ gate: gate.drain });
    const first = dispatcher.nudge();
    await tick();
    void dispatcher.nudge();
    void dispatcher.nudge();
    expect(gate.runs).toEqual([1]);
    gate.release();
    await tick();
    expect(gate.runs).toEqual([1, 2]);
    gate.release();
    await first;
    expect(gate.runs).toEqual([1, 2]);
    expect(gate.overlapped()).toBe(false);
  });

  it("runs every drain even when one throws, and is ready for the next nudge", async () => {
    const ran: string[] = [];
    const dispatcher = new OutboxDispatcher({
      broken: async () => {
        ran.push("broken");
        throw new Error("relay down");
      },
      fine: async () => void ran.push("fine"),
    });
    await dispatcher.nudge();
    await dispatcher.nudge();
    expect(ran).toEqual(["broken", "fine", "broken", "fine"]);
  });

  it("stop waits for the run in flight and then runs nothing more", async () => {
    const gate = gatedDrain();
    const dispatcher = new OutboxDispatcher({ gate: gate.drain });
    void dispatcher.nudge();
    await tick();
    let stopped = false;
    const stopping = dispatcher.stop().then(() => (stopped = true));
    await tick();
    expect(stopped).toBe(false);
    gate.release();
    await stopping;
    await dispatcher.nudge();
    expect(gate.runs).toEqual([1]);
  });

  it("polls on its interval once started", async () => {
    let runs = 0;
    const dispatcher = new OutboxDispatcher({ count: async () => void runs++ }, 20).start();
    await new Promise((resolve) => setTimeout(resolve, 110));
    await dispatcher.stop();
    expect(runs).toBeGreaterThanOrEqual(3);
  });
});

describe("retry schedule", () => {
  it("waits longer after each failure and gives up after the last attempt", () => {
    const at = new Date("2026-12-06T00:00:00Z");
    const minutes = (attempts: number) => (nextAttemptAfter(attempts, at)!.getTime() - at.getTime()) / 60_000;
    expect([1, 2, 3, 4, 5, 6, 7].map(minutes)).toEqual([1, 5, 30, 120, 360, 720, 1440]);
    expect(MAX_ATTEMPTS).toBe(8);
    expect(nextAttemptAfter(MAX_ATTEMPTS, at)).toBeNull();
  });
});
