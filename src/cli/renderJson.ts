// The board for scripts: the JSON rendering lives in the core (src/core/board/boardJson.ts), shared with the plugin.
export { renderJson, toJsonBoard, type JsonBoard, type JsonNote } from "../core/board/boardJson";
