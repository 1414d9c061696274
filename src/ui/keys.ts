// Keyboard facts every key handler shares.

/** Safari's keyCode for a key an input method takes (it sends the Enter that ends a composition with it). */
const IME_KEY_CODE = 229;

/**
 * Whether a key belongs to an input method's composition (Japanese, Chinese, Korean…), so it must be left alone:
 * `isComposing`, or Safari's keyCode 229 for the Enter that ends a composition (read by name: keyCode is deprecated).
 */
export function isComposingKey(evt: KeyboardEvent): boolean {
	return evt.isComposing || (evt as unknown as Record<string, unknown>)["keyCode"] === IME_KEY_CODE;
}
