/**
 * Resolutions stored on every point at write time (res 7 ≈ 1.2 km edge … res 10 ≈ 66 m). Kept
 * apart from `h3-cells.ts` so code that needs only the list (the web's forms, the contract's
 * fields) does not pull in h3-js (issue 18: the web loads h3-js only in the modes that draw cells).
 */
export const H3_RESOLUTIONS = [7, 8, 9, 10] as const;
export type H3Resolution = (typeof H3_RESOLUTIONS)[number];
