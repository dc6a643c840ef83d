/** Speed of the checks (`npm run bench:checks`); see check-speed.ts. Reads ../shared. */
import { checkSpeed, printRows } from "./check-speed";
import { requireShared } from "./data";

requireShared();
const { rows, note } = checkSpeed();
printRows(rows);
console.log(`\n${note}`);
