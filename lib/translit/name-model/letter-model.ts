import { foldLatin } from "./fold";
import { BOUNDARY, NgramModel, trainNgram, type NgramData, type NgramTrainingOptions } from "./ngram";

/** Letters a–z are symbols 1–26 (0 is the word boundary). */
const LETTERS = 27;
const symbolOf = (letter: string) => letter.charCodeAt(0) - 96;

/**
 * How English writes names, letter by letter: an n-gram model of the Latin spellings alone. Beside the joint model it
 * is the other half of a noisy channel: of two spellings the letters allow equally (Shon, Sean), it knows which is a
 * name English writes.
 */
export class LetterModel {
  private readonly ngram: NgramModel;

  constructor(readonly data: NgramData) {
    this.ngram = new NgramModel(data);
  }

  static train(words: Iterable<{ latin: string; weight: number }>, options: NgramTrainingOptions): LetterModel {
    const sequences = [...words].flatMap(({ latin, weight }) => {
      const folded = foldLatin(latin);
      return folded ? [{ symbols: [...folded].map(symbolOf), weight }] : [];
    });
    return new LetterModel(trainNgram(sequences, LETTERS, options));
  }

  /** log P(word), the end of the word included; the word folded first. */
  logProbability(latin: string): number {
    const folded = foldLatin(latin);
    let history = this.ngram.start;
    let total = 0;
    for (const letter of folded) {
      const symbol = symbolOf(letter);
      total += this.ngram.logProbability(history, symbol);
      history = this.ngram.push(history, symbol);
    }
    return total + this.ngram.logProbability(history, BOUNDARY);
  }
}
