// Jest setup: jsdom's window has no TextEncoder or TextDecoder (browsers and Node do); the in-memory vault keeps
// notes as UTF-8 bytes, so test files that run under jsdom get Node's.
const { TextDecoder, TextEncoder } = require("node:util");

if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = TextEncoder;
if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = TextDecoder;
