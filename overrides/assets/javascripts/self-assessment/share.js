/*
 * Sharing an assessment by link: the assessment as JSON, compressed (raw DEFLATE) and
 * written in base64url after "#assessment=" in the page's address. The part after # never
 * leaves the browser: it is not sent with the request for the page, so the page reads it
 * here and no server ever sees the answers. Pure functions; the compression is passed in
 * (the browser's CompressionStream, or any raw DEFLATE, such as Node's zlib in the tests).
 */

import { LIMITS } from "./shape.js";

export const PREFIX = "#assessment=";
/** Longer links are cut by some mail programs; the page says so and offers the file. */
export const MAIL_LIMIT = 2000;
/** Longer links are not made at all: the file is the way. */
export const LINK_LIMIT = 32000;

export function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Bytes from base64url text; null when the text is not base64url. */
export function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  try {
    const binary = atob(padded);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch (e) {
    return null;
  }
}

/** The fragment ("#assessment=...") for an assessment. */
export async function shareFragment(doc, compress) {
  const copy = Object.assign({}, doc);
  delete copy.$schema;
  const bytes = new TextEncoder().encode(JSON.stringify(copy));
  return PREFIX + toBase64Url(await compress(bytes));
}

/** The document in a fragment: {doc}, {error: "damaged"} or null when the fragment holds
 *  no assessment. Never throws. */
export async function readFragment(fragment, decompress) {
  if (typeof fragment !== "string" || fragment.indexOf(PREFIX) !== 0) return null;
  const bytes = fromBase64Url(fragment.slice(PREFIX.length));
  if (!bytes) return { error: "damaged" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(await decompress(bytes, LIMITS.fileBytes));
    return { doc: JSON.parse(text) };
  } catch (e) {
    return { error: "damaged" };
  }
}

async function collect(stream, limit) {
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (limit && size > limit) {
      await reader.cancel();
      throw new Error("too large");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  chunks.forEach((chunk) => { out.set(chunk, at); at += chunk.length; });
  return out;
}

/** Raw DEFLATE with the browser's own CompressionStream; decompress stops past `limit`. */
export const browserCodec = {
  compress: (bytes) => collect(new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw"))),
  decompress: (bytes, limit) =>
    collect(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw")), limit)
};
