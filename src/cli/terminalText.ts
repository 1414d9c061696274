// Text for terminals: display width (wide CJK and emoji count two columns), padding, truncation and ANSI colours.

/** Whether a code point takes two columns in a terminal (East Asian wide and fullwidth forms, most emoji). */
function isWide(codePoint: number): boolean {
	return (
		(codePoint >= 0x1100 && codePoint <= 0x115f) ||
		(codePoint >= 0x2e80 && codePoint <= 0x303e) ||
		(codePoint >= 0x3041 && codePoint <= 0x33ff) ||
		(codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
		(codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
		(codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
		(codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
		(codePoint >= 0xf900 && codePoint <= 0xfaff) ||
		(codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
		(codePoint >= 0xff00 && codePoint <= 0xff60) ||
		(codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
		(codePoint >= 0x1f300 && codePoint <= 0x1f64f) ||
		(codePoint >= 0x1f900 && codePoint <= 0x1f9ff) ||
		(codePoint >= 0x20000 && codePoint <= 0x3fffd)
	);
}

/** Whether a code point takes no column (combining marks, zero-width characters, variation selectors). */
function isZeroWidth(codePoint: number): boolean {
	return (
		(codePoint >= 0x0300 && codePoint <= 0x036f) ||
		(codePoint >= 0x200b && codePoint <= 0x200f) ||
		(codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
		codePoint === 0xfeff
	);
}

/** Columns a string takes in a terminal (no ANSI codes expected). */
export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) {
		const codePoint = char.codePointAt(0) ?? 0;
		if (isZeroWidth(codePoint)) continue;
		width += isWide(codePoint) ? 2 : 1;
	}
	return width;
}

/** Cuts text to at most `max` columns, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
	if (displayWidth(text) <= max) return text;
	let out = "";
	let width = 0;
	for (const char of text) {
		const w = displayWidth(char);
		if (width + w > max - 1) break;
		out += char;
		width += w;
	}
	return `${out}…`;
}

/** Pads text with spaces to `width` columns. */
export function padEnd(text: string, width: number): string {
	return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads text on the left with spaces to `width` columns. */
export function padStart(text: string, width: number): string {
	return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Styles for terminal text; each is the identity when colours are off. */
export interface Palette {
	/** Bold text. */
	bold: (text: string) => string;
	/** Dimmed text. */
	dim: (text: string) => string;
	/** Red text. */
	red: (text: string) => string;
	/** Yellow text. */
	yellow: (text: string) => string;
	/** Green text. */
	green: (text: string) => string;
	/** Blue text. */
	blue: (text: string) => string;
	/** Magenta text. */
	magenta: (text: string) => string;
	/** Cyan text. */
	cyan: (text: string) => string;
}

function ansi(open: number, close: number): (text: string) => string {
	return (text) => (text === "" ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

/** The palette: ANSI colours when `color` is true, plain text otherwise. */
export function makePalette(color: boolean): Palette {
	if (!color) {
		const plain = (text: string): string => text;
		return {
			bold: plain,
			dim: plain,
			red: plain,
			yellow: plain,
			green: plain,
			blue: plain,
			magenta: plain,
			cyan: plain,
		};
	}
	return {
		bold: ansi(1, 22),
		dim: ansi(2, 22),
		red: ansi(31, 39),
		yellow: ansi(33, 39),
		green: ansi(32, 39),
		blue: ansi(34, 39),
		magenta: ansi(35, 39),
		cyan: ansi(36, 39),
	};
}
