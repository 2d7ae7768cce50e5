/** Map and chip colours of the 卫生单位 titles: held green, applying blue, none grey. */
export const TITLE_COLORS = {
	holding: [30, 140, 70],
	applying: [30, 100, 210],
	none: [150, 150, 150]
} as const satisfies Record<string, readonly [number, number, number]>;
export const titleCss = (title: keyof typeof TITLE_COLORS) => {
	const [r, g, b] = TITLE_COLORS[title];
	return `rgb(${r}, ${g}, ${b})`;
};
