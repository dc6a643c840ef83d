import { describe, expect, it } from "vitest";
import { alignSentences, type Bead } from "./index";

/** A short news item in Russian with its English translation, sentence by sentence. */
const RU = [
  "Аким Павлодара Асхат Оралов провёл совещание с руководителями городских служб.",
  "По его словам, в 2023 году на ремонт дорог направят 4,2 млрд тенге.",
  "Работы начнутся 15 апреля и продлятся до конца сентября.",
  "Подробности опубликованы на сайте pavlodar.gov.kz.",
  "Жители смогут оставить свои предложения до 1 марта.",
  "Отдельно обсуждалась ситуация с общественным транспортом.",
];
const EN = [
  "Pavlodar akim Askhat Oralov held a meeting with the heads of city services.",
  "According to him, 4.2 billion tenge will be allocated for road repairs in 2023.",
  "The work will begin on April 15 and last until the end of September.",
  "Details are published on the website pavlodar.gov.kz.",
  "Residents will be able to submit their proposals until March 1.",
  "The situation with public transport was discussed separately.",
];

const oneToOne = (count: number, from = 0): Bead[] =>
  Array.from({ length: count }, (_, k) => ({ source: [from + k], target: [from + k] }));

describe("alignSentences", () => {
  it("pairs a faithful translation one to one", () => {
    expect(alignSentences(RU, EN)).toEqual(oneToOne(6));
  });

  it("groups a source sentence with the two target sentences it was split into (1-2)", () => {
    const source = [...RU.slice(0, 3), "— сообщил журналистам и.о. директора департамента Марат Жумабаев.", ...RU.slice(3)];
    const target = [...EN.slice(0, 3), "– said acting.", "Department Director Marat Zhumabayev to journalists.", ...EN.slice(3)];
    expect(alignSentences(source, target)).toEqual([
      ...oneToOne(3),
      { source: [3], target: [3, 4] },
      { source: [4], target: [5] },
      { source: [5], target: [6] },
      { source: [6], target: [7] },
    ]);
  });

  it("groups two source sentences that the translation merged (2-1)", () => {
    const source = [...RU.slice(0, 2), "Мост на улице Лермонтова закрыли в понедельник.", "Движение транспорта перенаправили на объездную дорогу.", ...RU.slice(2)];
    const target = [...EN.slice(0, 2), "The bridge on Lermontov Street was closed on Monday, and traffic was diverted to the bypass road.", ...EN.slice(2)];
    expect(alignSentences(source, target)).toEqual([
      ...oneToOne(2),
      { source: [2, 3], target: [2] },
      { source: [4], target: [3] },
      { source: [5], target: [4] },
      { source: [6], target: [5] },
      { source: [7], target: [6] },
    ]);
  });

  it("keeps two sentences apart when each has its own translation, even when the second leans on the first", () => {
    // A report attributed in the next sentence, and a quote that goes on after its attribution.
    const source = [
      RU[0],
      "В Томской области ожидается сильный дождь и ветер порывами до 20 м/с.",
      "Об этом сообщили в областном управлении МЧС в субботу, 3 августа.",
      "Обязательно приезжайте на Байкал летом, - написал тренер в соцсетях.",
      "- Лучшее место в стране, которое нужно увидеть.",
      RU[5],
    ];
    const target = [
      EN[0],
      "Heavy rain and wind gusts of up to 20 m/s are expected in the Tomsk region.",
      "This was reported by the regional emergencies directorate on Saturday, August 3.",
      "Be sure to visit Baikal in summer, the coach wrote on social media.",
      "- The best place in the country, one you have to see.",
      EN[5],
    ];
    expect(alignSentences(source, target)).toEqual(oneToOne(6));
  });

  it("keeps an untranslated source sentence visible as a 1-0 bead", () => {
    const target = EN.filter((_, k) => k !== 2);
    expect(alignSentences(RU, target)).toEqual([
      ...oneToOne(2),
      { source: [2], target: [] },
      { source: [3], target: [2] },
      { source: [4], target: [3] },
      { source: [5], target: [4] },
    ]);
  });

  it("keeps a sentence the translation added as a 0-1 bead", () => {
    const target = [...EN.slice(0, 4), "Subscribe to our channel to follow the latest news from the region.", ...EN.slice(4)];
    expect(alignSentences(RU, target)).toEqual([
      ...oneToOne(4),
      { source: [], target: [4] },
      { source: [4], target: [5] },
      { source: [5], target: [6] },
    ]);
  });

  describe("anchors against a misleading length", () => {
    const source = [
      "Аким Тараза провёл совещание с руководителями городских служб.",
      "Обсуждали подготовку к зиме.",
      "По словам Марата Жумабаева, в 2024 году отремонтируют 35 километров дорог.",
    ];
    const opening = "The akim of Taraz held a meeting with the heads of city services.";

    it("pairs the short translation with the long sentence whose name and numbers it carries", () => {
      // By length alone "Marat Zhumabayev: …" (41 characters) fits the 28-character sentence best.
      expect(alignSentences(source, [opening, "Marat Zhumabayev: 35 km of roads in 2024."])).toEqual([
        { source: [0], target: [0] },
        { source: [1], target: [] },
        { source: [2], target: [1] },
      ]);
    });

    it("falls back to length when the same translation carries no anchors", () => {
      expect(alignSentences(source, [opening, "Officials: many roads to be fixed next year."])).toEqual([
        { source: [0], target: [0] },
        { source: [1], target: [1] },
        { source: [2], target: [] },
      ]);
    });
  });

  it("returns only 1-0 or 0-1 beads when one side is empty", () => {
    expect(alignSentences(RU.slice(0, 2), [])).toEqual([
      { source: [0], target: [] },
      { source: [1], target: [] },
    ]);
    expect(alignSentences([], EN.slice(0, 1))).toEqual([{ source: [], target: [0] }]);
    expect(alignSentences([], [])).toEqual([]);
  });

  it("finds a long omission far from the diagonal in a long document", () => {
    const count = 400;
    const ru = Array.from({ length: count }, (_, k) => `Сообщение ${k + 1}: ${"в городе прошло совещание ".repeat(1 + (k % 4))}`.trim() + ".");
    const en = Array.from({ length: count }, (_, k) => `Report ${k + 1}: ${"a meeting took place in the city ".repeat(1 + (k % 4))}`.trim() + ".");
    const dropped = new Set(Array.from({ length: 40 }, (_, k) => 150 + k));
    const beads = alignSentences(ru, en.filter((_, k) => !dropped.has(k)));
    const omitted = beads.filter((b) => b.target.length === 0).flatMap((b) => b.source);
    expect(omitted).toEqual([...dropped]);
    expect(beads.filter((b) => b.source.length === 1 && b.target.length === 1)).toHaveLength(count - dropped.size);
  });
});

describe("alignSentences on a hostile pair", () => {
  // The band stops widening: a target of three times the source's sentences no longer makes the search cover every
  // pair of sentences.
  it("pairs the opening one to one and covers every sentence where the target has three times the sentences", () => {
    const source = [...RU, ...Array.from({ length: 600 }, (_, k) => `Совещание номер ${k} прошло в мэрии.`)];
    const target = [...EN, ...Array.from({ length: 1800 }, (_, k) => `Meeting number ${k} was held at city hall.`)];
    const beads = alignSentences(source, target);
    expect(beads.slice(0, 5)).toEqual(oneToOne(5));
    expect(beads.flatMap((bead) => bead.source)).toEqual(source.map((_, i) => i));
    expect(beads.flatMap((bead) => bead.target)).toEqual(target.map((_, j) => j));
  });
});
