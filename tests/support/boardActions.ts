// Board actions that do nothing, for views under test; a test overrides the ones it watches.
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
