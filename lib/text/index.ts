export { textBefore } from "./before";
export { ILL_FORMED_MESSAGE, isWellFormedText, splitsSurrogatePair, toWellFormedText, wellFormedString } from "./well-formed";
