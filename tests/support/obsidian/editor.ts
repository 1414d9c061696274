// An in-memory Editor over a string, with CodeMirror's rules where tests depend on them: a transaction is one undo
// step whose changes all refer to the text before it; every change is reported to the view (unsaved until saved).
import type { EditorPosition, EditorTransaction } from "obsidian";

/** An in-memory Editor over a string; counts undo steps so "one undo step" can be asserted. */
export class Editor {
	private text: string;
	private cursor: { anchor: EditorPosition; head: EditorPosition } = {
		anchor: { line: 0, ch: 0 },
		head: { line: 0, ch: 0 },
	};
	private history: string[] = [];
	/** Called after every change (the Markdown view marks itself unsaved). */
	onChange: (() => void) | null = null;

	constructor(text = "") {
		this.text = text;
	}

	/** Test helper: the number of undoable steps made so far. */
	get undoSteps(): number {
		return this.history.length;
	}

	private record(): void {
		this.history.push(this.text);
	}

	getValue(): string {
		return this.text;
	}

	setValue(content: string): void {
		this.record();
		this.text = content;
		this.onChange?.();
		this.setCursor(this.clip(this.cursor.head));
	}

	private lines(): string[] {
		return this.text.split("\n");
	}

	getLine(line: number): string {
		return this.lines()[line] ?? "";
	}

	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	lineCount(): number {
		return this.lines().length;
	}

	posToOffset(pos: EditorPosition): number {
		const lines = this.lines();
		const p = this.clip(pos);
		let offset = 0;
		for (let i = 0; i < p.line; i++) offset += lines[i].length + 1;
		return offset + p.ch;
	}

	offsetToPos(offset: number): EditorPosition {
		const lines = this.lines();
		let rest = Math.max(0, Math.min(offset, this.text.length));
		for (let line = 0; line < lines.length; line++) {
			if (rest <= lines[line].length) return { line, ch: rest };
			rest -= lines[line].length + 1;
		}
		return { line: lines.length - 1, ch: lines[lines.length - 1].length };
	}

	private clip(pos: EditorPosition): EditorPosition {
		const lines = this.lines();
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		return { line, ch: Math.max(0, Math.min(pos.ch, lines[line].length)) };
	}

	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}

	private applyChange(replacement: string, from: number, to: number): void {
		this.text = this.text.slice(0, from) + replacement + this.text.slice(to);
		this.onChange?.();
	}

	/** Test helper: replaces the whole text as a reload from disk does (no undo step, no change reported). */
	loadText(text: string): void {
		this.text = text;
		this.setCursor(this.clip(this.cursor.head));
	}

	/** Test helper: types text at the cursor, as a person would (one undo step). */
	type(text: string): void {
		this.replaceRange(text, this.getCursor());
	}

	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
		const a = this.posToOffset(from);
		const b = to ? this.posToOffset(to) : a;
		const head = this.posToOffset(this.cursor.head);
		this.record();
		this.applyChange(replacement, a, b);
		if (head >= b) this.setCursor(this.offsetToPos(head + replacement.length - (b - a)));
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const { anchor, head } = this.cursor;
		const ordered = this.posToOffset(anchor) <= this.posToOffset(head) ? [anchor, head] : [head, anchor];
		if (side === "from") return { ...ordered[0] };
		if (side === "to") return { ...ordered[1] };
		return { ...this.cursor[side] };
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		const c = this.clip(p);
		this.cursor = { anchor: c, head: c };
	}

	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.cursor = { anchor: this.clip(anchor), head: this.clip(head ?? anchor) };
	}

	/** Applies every change at once against the original text, as CodeMirror does: one undo step. */
	transaction(tx: EditorTransaction): void {
		this.record();
		const changes = [
			...(tx.changes ?? []),
			...(tx.replaceSelection !== undefined
				? [{ from: this.getCursor("from"), to: this.getCursor("to"), text: tx.replaceSelection }]
				: []),
		]
			.map((c) => ({
				from: this.posToOffset(c.from),
				to: c.to ? this.posToOffset(c.to) : this.posToOffset(c.from),
				text: c.text,
			}))
			.sort((x, y) => y.from - x.from);
		for (const c of changes) this.applyChange(c.text, c.from, c.to);
		const selection = tx.selection ?? tx.selections?.[0];
		if (selection) {
			const from = this.clip(selection.from);
			this.cursor = { anchor: from, head: this.clip(selection.to ?? selection.from) };
		}
	}

	undo(): void {
		const prev = this.history.pop();
		if (prev === undefined) return;
		this.text = prev;
		this.onChange?.();
	}

	focus(): void {}
	blur(): void {}
	scrollTo(): void {}
	scrollIntoView(): void {}
}
