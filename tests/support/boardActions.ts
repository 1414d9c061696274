// Board actions and board controls that do nothing, for views and pages under test; a test overrides the ones it watches.
import type { BoardControls } from "../../src/commands";
import type { BoardActions } from "../../src/ui/board/boardActions";

/** Every board action as a no-op (checkQuestion resolves false), with `overrides` in their place. */
export function noBoardActions(overrides: Partial<BoardActions> = {}): BoardActions {
	return {
		setStatus: () => undefined,
		setPriority: () => undefined,
		signOff: () => undefined,
		addQuestion: () => undefined,
		checkQuestion: () => Promise.resolve(false),
		createSpec: () => undefined,
		...overrides,
	};
}

/** The board's commands' target as a no-op (no board opens, no tag is in use), with `overrides` in their place. */
export function noBoardControls(overrides: Partial<BoardControls> = {}): BoardControls {
	return {
		openBoard: () => Promise.resolve(null),
		tagsInUse: () => [],
		filterByTag: () => undefined,
		...overrides,
	};
}
