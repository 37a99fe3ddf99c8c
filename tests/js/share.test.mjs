// Links that carry an assessment: what one holds reads back whole, damage is named, and a
// link cannot unpack into more than a file may hold.
import { test } from "node:test";
import assert from "node:assert/strict";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { PREFIX, fromBase64Url, readFragment, shareFragment, toBase64Url } from "../../overrides/assets/javascripts/self-assessment/share.js";
import { managerFile } from "./helpers.mjs";

// Node's zlib writes and reads the same raw DEFLATE as the browser's CompressionStream.
const compress = async (bytes) => new Uint8Array(deflateRawSync(bytes));
const decompress = async (bytes, limit) => {
  const out = inflateRawSync(bytes, { maxOutputLength: limit });
  return new Uint8Array(out);
};

test("base64url round trip, without padding or URL-unsafe characters", () => {
  const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
  const text = toBase64Url(bytes);
  assert.match(text, /^[A-Za-z0-9_-]+$/);
  assert.deepEqual(fromBase64Url(text), bytes);
  assert.equal(fromBase64Url("not base64!"), null);
});

test("an assessment read back from its link is the same, without the schema address", async () => {
  const doc = managerFile({ $schema: "https://h.example/s.json", evidence: { discovery: "Ünïcode ✓ text" } });
  const fragment = await shareFragment(doc, compress);
  assert.ok(fragment.startsWith(PREFIX));
  const read = await readFragment(fragment, decompress);
  const expected = { ...doc };
  delete expected.$schema;
  assert.deepEqual(read, { doc: expected });
  assert.ok(fragment.length < JSON.stringify(doc).length); // compressed
});

test("damaged links are named, other fragments are not links", async () => {
  assert.equal(await readFragment("#discovery", decompress), null);
  assert.equal(await readFragment("", decompress), null);
  assert.deepEqual(await readFragment(PREFIX + "!!!", decompress), { error: "damaged" });
  assert.deepEqual(await readFragment(PREFIX + "AAAA", decompress), { error: "damaged" });
  const good = await shareFragment(managerFile(), compress);
  assert.deepEqual(await readFragment(good.slice(0, good.length - 8), decompress), { error: "damaged" });
});

test("a link cannot unpack into more than a file may hold", async () => {
  const huge = new Uint8Array(3 * 1024 * 1024).fill(32); // compresses to a few KB
  const fragment = PREFIX + toBase64Url(await compress(huge));
  assert.ok(fragment.length < 10000);
  assert.deepEqual(await readFragment(fragment, decompress), { error: "damaged" });
});
