// STUB (being written by the command-line helper).
export {};
