// The board for scripts: the JSON rendering lives in the core (src/core/board/boardJson.ts), shared with the plugin.
export {
	JSON_SCHEMA_VERSION,
	renderJson,
	toJsonBoard,
	toJsonNote,
	toJsonSummary,
	type JsonBoard,
	type JsonNote,
	type JsonProblem,
	type JsonSummary,
} from "../core/board/boardJson";
