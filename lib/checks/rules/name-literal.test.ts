import { describe, expect, it } from "vitest";
import { contextFor, testExamples } from "../test-support";
import { nameLiteral } from "./name-literal";
import { nameMissing } from "./name-missing";

testExamples(nameLiteral);

describe("name-literal", () => {
  it("points at the common word that stands next to the rendered first name", () => {
    const [finding] = nameLiteral.run(contextFor("Слово взял депутат Пётр Заяц.", "Deputy Pyotr Hare took the floor."));
    expect(finding.target.text).toBe("Hare");
    expect(finding.source?.text).toBe("Заяц");
  });

  it("does not take a title word or a sentence's first word for the name", () => {
    expect(nameLiteral.run(contextFor("Как пишут «Известия», Президент подписал указ.", "President signed the decree."))).toEqual([]);
  });

  it("leaves a name with no common meaning to name-missing", () => {
    expect(nameLiteral.run(contextFor("Об этом рассказал Николай Пашинян.", "Nikolai Hare said this."))).toEqual([]);
  });

  it("leaves a lone first name that is also a common noun to the translator: «Викторина» may be a quiz", () => {
    const context = contextFor("Борис Акунин - Викторина для взрослых", "Boris Akunin - A Quiz for Adults");
    expect(nameLiteral.run(context)).toEqual([]);
    expect(nameMissing.run(context)).toEqual([]);
  });

  it("still flags a surname translated beside its first name", () => {
    const [finding] = nameLiteral.run(contextFor("Выступила Ольга Заяц.", "Olga Hare spoke."));
    expect(finding?.target.text).toBe("Hare");
  });
});
