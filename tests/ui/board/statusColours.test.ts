// Every status and priority colour has at least 3:1 contrast against the background in Obsidian's default light and
// dark themes, and every status has its own colour. The colours are read from styles.css and worked out with the
// default theme's palette (Obsidian 1.x, app.css: --color-* and --color-base-* of .theme-light and .theme-dark).
import { readFileSync } from "fs";
import { join } from "path";

const CSS = readFileSync(join(__dirname, "..", "..", "..", "styles.css"), "utf8");

const THEMES = {
	light: {
		"--background-primary": "#ffffff",
		"--background-secondary": "#f6f6f6",
		"--color-red": "#e93147",
		"--color-orange": "#ec7500",
		"--color-yellow": "#e0ac00",
		"--color-green": "#08b94e",
		"--color-cyan": "#00bfbc",
		"--color-blue": "#086ddd",
		"--color-purple": "#7852ee",
		"--color-pink": "#d53984",
		"--color-base-00": "#ffffff",
		"--color-base-100": "#222222",
	},
	dark: {
		"--background-primary": "#1e1e1e",
		"--background-secondary": "#262626",
		"--color-red": "#fb464c",
		"--color-orange": "#e9973f",
		"--color-yellow": "#e0de71",
		"--color-green": "#44cf6e",
		"--color-cyan": "#53dfdd",
		"--color-blue": "#027aff",
		"--color-purple": "#a882ff",
		"--color-pink": "#fa99cd",
		"--color-base-00": "#1e1e1e",
		"--color-base-100": "#dadada",
	},
} as const;

type Rgb = [number, number, number];

/** The custom properties the CSS blocks with exactly this selector declare (later blocks win). */
function declarations(selector: string): Record<string, string> {
	const vars: Record<string, string> = {};
	const opening = `\n${selector} {`;
	for (let start = CSS.indexOf(opening); start >= 0; start = CSS.indexOf(opening, start + 1)) {
		const body = CSS.slice(start + opening.length, CSS.indexOf("}", start));
		for (const match of body.matchAll(/(--[\w-]+):\s*([^;]+);/g)) vars[match[1]] = match[2].trim();
	}
	return vars;
}

function hex(text: string): Rgb {
	const short = text.replace("#", "");
	const h = short.length === 3 ? [...short].map((c) => c + c).join("") : short;
	return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

/** Splits a function's arguments at top-level commas. */
function args(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let current = "";
	for (const c of text) {
		if (c === "(") depth++;
		if (c === ")") depth--;
		if (c === "," && depth === 0) {
			parts.push(current.trim());
			current = "";
		} else current += c;
	}
	parts.push(current.trim());
	return parts;
}

function evaluate(value: string, vars: Record<string, string>): Rgb {
	const v = value.trim();
	if (v.startsWith("#")) return hex(v);
	const variable = /^var\((--[\w-]+)(?:,\s*(.*))?\)$/.exec(v);
	if (variable) {
		const found = vars[variable[1]];
		if (found !== undefined) return evaluate(found, vars);
		if (variable[2] !== undefined) return evaluate(variable[2], vars);
		throw new Error(`unknown ${variable[1]}`);
	}
	const mix = /^color-mix\(in srgb,\s*(.*)\)$/.exec(v);
	if (mix) {
		const [a, b] = args(mix[1]);
		const pa = /\s(\d+)%$/.exec(a);
		const share = pa ? Number(pa[1]) / 100 : 0.5;
		const ca = evaluate(pa ? a.slice(0, pa.index) : a, vars);
		const cb = evaluate(b.replace(/\s\d+%$/, ""), vars);
		return ca.map((x, i) => Math.round(x * share + cb[i] * (1 - share))) as Rgb;
	}
	throw new Error(`cannot evaluate ${v}`);
}

function luminance([r, g, b]: Rgb): number {
	const [R, G, B] = [r, g, b].map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

function contrast(a: Rgb, b: Rgb): number {
	const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
	return (x + 0.05) / (y + 0.05);
}

const NAMES = [
	"draft",
	"in-review",
	"approved",
	"in-progress",
	"on-hold",
	"done",
	"deprecated",
	"unrecognized",
	"none",
	"critical",
	"high",
	"medium",
	"low",
];

describe.each(["light", "dark"] as const)("the %s theme", (theme) => {
	const vars: Record<string, string> = {
		...THEMES[theme],
		...declarations(".spec-board"),
		...(theme === "dark" ? declarations(".theme-dark .spec-board") : {}),
	};
	// A note's pane and the sidebar the board sits in.
	const backgrounds = [THEMES[theme]["--background-primary"], THEMES[theme]["--background-secondary"]].map(hex);

	it.each(NAMES)("%s has 3:1 contrast against the backgrounds", (name) => {
		for (const background of backgrounds)
			expect(contrast(evaluate(`var(--spec-board-${name})`, vars), background)).toBeGreaterThanOrEqual(3);
	});

	it.each(NAMES.filter((n) => n !== "none"))("the count on a %s segment is legible (3:1)", (name) => {
		const on = evaluate("var(--spec-board-on-segment)", vars);
		expect(contrast(evaluate(`var(--spec-board-${name})`, vars), on)).toBeGreaterThanOrEqual(3);
	});

	it("gives every status its own colour (No status is hollow, so it may share Draft's)", () => {
		const statuses = [
			"draft",
			"in-review",
			"approved",
			"in-progress",
			"on-hold",
			"done",
			"deprecated",
			"unrecognized",
		];
		const colours = statuses.map((name) => evaluate(`var(--spec-board-${name})`, vars).join(","));
		expect(new Set(colours).size).toBe(statuses.length);
	});
});

describe("group headers", () => {
	it("are in sentence case, as Obsidian's own panes: no upper-case transform", () => {
		const start = CSS.indexOf("\n.spec-board-group {");
		const block = CSS.slice(start, CSS.indexOf("}", start));
		expect(block).not.toMatch(/text-transform/);
	});
});
