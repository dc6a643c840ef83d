import { describe, expect, it } from "vitest";
import { hasSourceCounterpart } from "./counterpart";

describe("hasSourceCounterpart", () => {
  it("finds the counterpart among capitalised source words and lower-case ones alike", () => {
    expect(hasSourceCounterpart("Scholz", "Вчера канцлер Шольц приехал.")).toBe(true);
    expect(hasSourceCounterpart("Kremlin", "Он видел кремлёвскую стену.")).toBe(true);
    expect(hasSourceCounterpart("Sochi", "Он прилетел в сочинский аэропорт с Ивановым.")).toBe(true);
  });

  it("finds none where no source word renders the name", () => {
    expect(hasSourceCounterpart("Macron", "Вчера канцлер Шольц приехал.")).toBe(false);
    expect(hasSourceCounterpart("Merkel", "Он прилетел в сочинский аэропорт с Ивановым.")).toBe(false);
  });

  it("reads each source afresh when asked about several in turn, however long the first", () => {
    const roll = Array.from({ length: 2000 }, (_, n) => `Гульнар${"абвгдежзик"[n % 10]}${"лмнопрстуф"[(n >> 3) % 10]}ова`).join(", ");
    expect(hasSourceCounterpart("Scholz", `${roll}, Шольц.`)).toBe(true);
    expect(hasSourceCounterpart("Scholz", "Вчера канцлер Макрон приехал.")).toBe(false);
    expect(hasSourceCounterpart("Macron", "Вчера канцлер Макрон приехал.")).toBe(true);
    expect(hasSourceCounterpart("Macron", roll)).toBe(false);
  });
});
