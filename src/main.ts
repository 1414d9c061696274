// Spec Board: the Plugin class only wires things together (settings, view, commands, settings tab).
import { Plugin } from "obsidian";

export default class SpecBoardPlugin extends Plugin {
	async onload(): Promise<void> {
		await Promise.resolve();
	}
}
