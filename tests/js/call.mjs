// For Python tests that compare the script with the generator: reads a JSON list of calls,
// [{"module": "shape.js", "function": "validateShape", "args": [...]}, ...], from stdin and
// prints the list of results as JSON (Maps as objects). See conftest.py.
import { readFileSync } from "node:fs";
import { SCRIPTS, plain } from "./helpers.mjs";

const calls = JSON.parse(readFileSync(0, "utf-8"));
const results = [];
for (const call of calls) {
  const module = await import(new URL(call.module, SCRIPTS));
  results.push(plain(module[call.function](...call.args)));
}
process.stdout.write(JSON.stringify(results));
