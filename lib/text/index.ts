export { textBefore } from "./before";
export { countWords } from "./count-words";
export { ILL_FORMED_MESSAGE, isWellFormedText, splitsSurrogatePair, toWellFormedText, wellFormedString } from "./well-formed";
