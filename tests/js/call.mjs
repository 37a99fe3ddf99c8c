// For Python tests that compare the script with the generator: reads a JSON list of calls,
// [{"module": "shape.js", "function": "validateShape", "args": [...]}, ...], from stdin and
// prints the list of results as JSON (Maps as objects, nothing as null). The calls share one
// process: a call to strings.js's useStrings puts a language's texts in place for the calls
// after it (the English ones of the fixture pages are in place first). See conftest.py.
import { readFileSync } from "node:fs";
import { SCRIPTS, plain } from "./helpers.mjs";

const calls = JSON.parse(readFileSync(0, "utf-8"));
const results = [];
for (const call of calls) {
  const module = await import(new URL(call.module, SCRIPTS));
  const result = module[call.function](...call.args);
  results.push(result === undefined ? null : plain(result));
}
process.stdout.write(JSON.stringify(results));
