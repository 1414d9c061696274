// Obsidian's debounce, Platform (desktop, Android, iPhone, iPad) and version checks.

/** Obsidian's debounce, with cancel() and run(). */
export function debounce<T extends unknown[], V>(
	cb: (...args: [...T]) => V,
	timeout = 0,
	resetTimer = false,
): ((...args: [...T]) => void) & { cancel(): void; run(): V | void } {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastArgs: [...T] | null = null;
	const run = (): V | void => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		if (lastArgs === null) return;
		const args = lastArgs;
		lastArgs = null;
		return cb(...args);
	};
	const debounced = (...args: [...T]): void => {
		lastArgs = args;
		if (timer !== null && !resetTimer) return;
		if (timer !== null) clearTimeout(timer);
		timer = setTimeout(run, timeout);
	};
	return Object.assign(debounced, {
		cancel: () => {
			if (timer !== null) clearTimeout(timer);
			timer = null;
			lastArgs = null;
		},
		run,
	});
}

/** The platforms a test can put the fake on. */
export type FakePlatform = "desktop" | "android" | "iphone" | "ipad";

const PLATFORM_FLAGS: Record<FakePlatform, Partial<typeof Platform>> = {
	desktop: { isDesktop: true, isDesktopApp: true, isLinux: true },
	android: { isMobile: true, isMobileApp: true, isAndroidApp: true, isPhone: true },
	iphone: { isMobile: true, isMobileApp: true, isIosApp: true, isPhone: true, isSafari: true },
	ipad: { isMobile: true, isMobileApp: true, isIosApp: true, isTablet: true, isSafari: true },
};

/** Obsidian's Platform: desktop (Linux) unless a test calls `setPlatform`. */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://fake/",
};

/** Test helper: puts the fake on a platform (desktop, Android phone, iPhone or iPad); call with "desktop" to reset. */
export function setPlatform(platform: FakePlatform): void {
	for (const key of Object.keys(Platform) as (keyof typeof Platform)[])
		if (key !== "resourcePathPrefix") Platform[key] = false;
	Object.assign(Platform, PLATFORM_FLAGS[platform]);
}

/** Obsidian's apiVersion: the newest typings' unless a test calls `setApiVersion`. */
export let apiVersion = "1.13.1";

/** Test helper: the app version the fake reports (for code behind a feature check); "1.13.1" by default. */
export function setApiVersion(version: string): void {
	apiVersion = version;
}

/** Obsidian's requireApiVersion: whether the app is at least this version. */
export function requireApiVersion(version: string): boolean {
	const have = apiVersion.split(".").map(Number);
	const want = version.split(".").map(Number);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const diff = (have[i] ?? 0) - (want[i] ?? 0);
		if (diff !== 0) return diff > 0;
	}
	return true;
}
