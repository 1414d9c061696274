// The `obsidian` module as tests see it (jest's moduleNameMapper and the browser bundle's alias point here): the
// in-memory Obsidian, and the Bases API and app command line of newer apps (Obsidian 1.10+, 1.12.2+) from their own
// file. Kept apart so basesFake.ts can build on the fake's classes without an import cycle.
export * from "./obsidianFake";
export * from "./basesFake";
