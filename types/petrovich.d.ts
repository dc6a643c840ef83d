// Minimal typings for petrovich 0.2.1 (Russian name declension), covering what lib/morph uses.
declare module "petrovich" {
  type PetrovichCase = "nominative" | "genitive" | "dative" | "accusative" | "instrumental" | "prepositional";
  type PetrovichGender = "male" | "female" | "androgynous";
  interface PetrovichPerson {
    gender?: PetrovichGender;
    first?: string;
    middle?: string;
    last?: string;
  }
  interface Petrovich {
    (person: PetrovichPerson, grammaticalCase: PetrovichCase): PetrovichPerson;
    detect_gender(middle: string): PetrovichGender;
  }
  const petrovich: Petrovich;
  export = petrovich;
}
