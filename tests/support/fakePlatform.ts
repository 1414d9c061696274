// Switches the fake's Platform between desktop, Android and iOS, as Obsidian reports them, with the body classes
// Obsidian sets for each (is-mobile, is-phone, is-ios, is-android). For tests and the browser harness.
import { Platform } from "./obsidianFake";

/** The platforms a test can run the plugin on. */
export type PlatformMode = "desktop" | "android" | "ios";

const MOBILE_CLASSES = ["is-mobile", "is-phone", "is-ios", "is-android"];

/** Makes the fake a desktop app, an Android phone or an iPhone; returns the function that puts the desktop back. */
export function usePlatform(mode: PlatformMode): () => void {
	const mobile = mode !== "desktop";
	const platform = Platform as unknown as Record<string, boolean>;
	Object.assign(platform, {
		isDesktop: !mobile,
		isDesktopApp: !mobile,
		isMobile: mobile,
		isMobileApp: mobile,
		isPhone: mobile,
		isTablet: false,
		isIosApp: mode === "ios",
		isAndroidApp: mode === "android",
		isSafari: mode === "ios",
		isLinux: mode === "desktop",
	});
	if (typeof document !== "undefined") {
		document.body.classList.remove(...MOBILE_CLASSES);
		if (mobile) document.body.classList.add("is-mobile", "is-phone", mode === "ios" ? "is-ios" : "is-android");
	}
	return () => {
		if (mode !== "desktop") usePlatform("desktop");
	};
}
